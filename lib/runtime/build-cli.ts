// `tsx lib/runtime/build-cli.ts`: build only when the sources changed (used by `npm test` before Playwright).
import { buildIfNeeded } from "./build";

buildIfNeeded(console.log).then(
  (built) => console.log(built ? "Build finished." : "Build is up to date."),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
