// `node --import ./tests/support/server-only-hook.mjs --import tsx …`: runs server code outside Next.js, where
// `import "server-only"` would throw (it only resolves to a no-op under the react-server condition, which in turn
// gives React's server build, lacking the hooks next-intl's translator imports). Resolves it to an empty module.
import { register } from "node:module";

register("data:text/javascript," + encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") {
    return { url: "data:text/javascript,export%20%7B%7D", shortCircuit: true };
  }
  return next(specifier, context);
}`));
