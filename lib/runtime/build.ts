import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run } from "./processes";

// Everything a build depends on; prisma/schema.prisma because the generated client is compiled into the build.
const SOURCES = ["app", "components", "lib", "messages", "public", "prisma/schema.prisma", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json", "tsconfig.json", "postcss.config.mjs"];
const SKIP = new Set(["node_modules", ".next", "generated", "runtime"]);
const STAMP = path.join(".next", "kizuna-source-fingerprint");

function fingerprint(): string {
  const hash = createHash("sha256");
  const walk = (entry: string) => {
    if (!existsSync(entry)) {
      return;
    }
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      for (const name of readdirSync(entry).sort()) {
        if (!SKIP.has(name)) {
          walk(path.join(entry, name));
        }
      }
    } else {
      hash.update(`${entry}\n`).update(readFileSync(entry));
    }
  };
  SOURCES.forEach(walk);
  return hash.digest("hex");
}

/** Runs `next build` when the sources changed since the last build (or there is none). */
export async function buildIfNeeded(log: (line: string) => void): Promise<boolean> {
  const current = fingerprint();
  const built = existsSync(path.join(".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === current;
  if (built) {
    return false;
  }
  log("Building the app (first run, or the sources changed)…");
  await run("next", ["build"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  writeFileSync(STAMP, current);
  return true;
}
