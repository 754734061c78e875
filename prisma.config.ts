import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Offline, Prisma's native schema engine cannot be downloaded, so the CLI runs the wasm-backed stand-in in
// prisma/ — only where no native engine was installed (see docs/decisions/002).
const enginesDir = path.resolve("node_modules/@prisma/engines");
const hasNativeEngine = existsSync(enginesDir) && readdirSync(enginesDir).some((name) => name.startsWith("schema-engine"));
if (!hasNativeEngine) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("prisma/schema-engine.mjs");
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // env() throws when unset, which would break `prisma generate` in postinstall.
  datasource: { url: process.env.DATABASE_URL ?? "", shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL },
});
