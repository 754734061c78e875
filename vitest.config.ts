import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Outside React Server Components, `server-only` would throw on import; tests are server code.
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/unit/**/*.test.tsx", "tests/integration/**/*.test.tsx", "tests/security/**/*.test.ts"],
    // The security suite's figures (attack attempts, leaks, fuzz cases, header checks) as one table after the run.
    reporters: ["default", "./tests/security/reporter.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/per-file-database.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
