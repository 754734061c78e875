import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Finds every server action and route handler in the source, so the attack suite's list is the code's list.

export const ROOT = path.resolve(import.meta.dirname, "../..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !f.split(path.sep).includes("generated"))
    .map((f) => path.join(dir, f).split(path.sep).join("/"));
}

const isServerModule = (source: string) => /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(source);

/** Files whose first statement is "use server": every export is a server action any browser can call. */
export function serverActionModules(): string[] {
  return [...sourceFiles("app"), ...sourceFiles("lib")].filter((f) => isServerModule(readFileSync(path.join(ROOT, f), "utf8"))).sort();
}

/** Other files with "use server" inside a function (server functions defined inline in a component). */
export function inlineServerFunctions(): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const file of [...sourceFiles("app"), ...sourceFiles("lib"), ...sourceFiles("components")]) {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    if (isServerModule(source) || !/["']use server["']/.test(source)) {
      continue;
    }
    // What each inline server function calls: its body must be one call of a registered action.
    found[file] = [...source.matchAll(/["']use server["'];?\s*(?:await\s+|return\s+)?([A-Za-z_$][\w$]*)\(/g)].map((m) => m[1]!);
    const blocks = source.match(/["']use server["']/g)?.length ?? 0;
    if (found[file].length !== blocks) {
      found[file].push("(an inline server function that does more than call one action)");
    }
  }
  return found;
}

export async function serverActions(): Promise<Map<string, (previous: unknown, input: unknown) => Promise<unknown>>> {
  const actions = new Map<string, (previous: unknown, input: unknown) => Promise<unknown>>();
  for (const file of serverActionModules()) {
    const exported = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === "function") {
        actions.set(`${file}#${name}`, value as (previous: unknown, input: unknown) => Promise<unknown>);
      }
    }
  }
  return actions;
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

/** Every app/**\/route.ts and the HTTP methods it exports. */
export async function routeHandlers(): Promise<Map<string, Handler>> {
  const handlers = new Map<string, Handler>();
  for (const file of sourceFiles("app").filter((f) => f.endsWith("/route.ts")).sort()) {
    const exported = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const method of HTTP_METHODS.filter((m) => typeof exported[m] === "function")) {
      handlers.set(`${file}#${method}`, exported[method] as Handler);
    }
  }
  return handlers;
}

/** The URL a route file answers, with its parameters filled in: app/[tenant]/(portal)/x/route.ts → /acme/x. */
export function urlOf(file: string, params: Record<string, string>): string {
  const segments = file.replace(/^app\//, "").replace(/\/?route\.ts$/, "").split("/").filter((s) => s && !/^\(.*\)$/.test(s));
  return `http://localhost/${segments.map((s) => s.replace(/^\[(?:\.\.\.)?(\w+)\]$/, (_m, name: string) => encodeComponent(params[name] ?? ""))).join("/")}`;
}

/** encodeURIComponent for any string: a lone surrogate (which no URL can carry) becomes U+FFFD instead of throwing. */
export function encodeComponent(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"));
}
