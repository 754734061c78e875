import type { TestProject } from "vitest/node";
import type { EmbeddedDatabase } from "../../lib/runtime/embedded-postgres";
import { migrateDeploy } from "../../lib/runtime/processes";
import { TEST_PORTS } from "./ports";
import { recreateDatabase, startTestServer, TEMPLATE_DATABASE, withDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseAdminUrl: string;
  }
}

let embedded: EmbeddedDatabase | null = null;

/**
 * One real PostgreSQL for the run (embedded unless DATABASE_URL is set) with a migrated template database;
 * each test file then gets its own copy of the template (tests/support/per-file-database.ts).
 */
export async function setup(project: TestProject) {
  const server = await startTestServer(".data/test-postgres", TEST_PORTS.vitestPostgres);
  embedded = server.embedded;
  const adminUrl = server.adminUrl;
  await recreateDatabase(adminUrl, TEMPLATE_DATABASE);
  await migrateDeploy(withDatabase(adminUrl, TEMPLATE_DATABASE), true);
  project.provide("databaseAdminUrl", adminUrl);
}

export async function teardown() {
  await embedded?.stop();
  // embedded-postgres (through async-exit-hook) answers 'beforeExit' with process.exit(0), which replaced the
  // exit code Vitest sets for failed tests: a red run exited 0. Exit first, with Vitest's code.
  process.prependListener("beforeExit", () => process.exit(process.exitCode ?? 0));
}
