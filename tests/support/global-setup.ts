import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/runtime/embedded-postgres";
import { migrateDeploy } from "../../lib/runtime/processes";
import { recreateDatabase, TEMPLATE_DATABASE, withDatabase } from "./test-database";

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
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, "postgres");
  } else {
    embedded = await startEmbeddedPostgres({ dataDir: ".data/test-postgres", port: 54330, ephemeral: true });
    adminUrl = embedded.url("postgres");
  }
  await recreateDatabase(adminUrl, TEMPLATE_DATABASE);
  await migrateDeploy(withDatabase(adminUrl, TEMPLATE_DATABASE), true);
  project.provide("databaseAdminUrl", adminUrl);
}

export async function teardown() {
  await embedded?.stop();
}
