import path from "node:path";
import { defineConfig } from "prisma/config";

// Offline: Prisma's native schema engine cannot be downloaded here, so the CLI runs the wasm-backed
// stand-in in prisma/ unless a native engine is configured (see docs/decisions/002).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("prisma/schema-engine.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // env() throws when unset, which would break `prisma generate` in postinstall.
  datasource: { url: process.env.DATABASE_URL ?? "", shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL },
});
