import { afterAll, inject } from "vitest";
import { recreateDatabase, TEMPLATE_DATABASE, withDatabase } from "./test-database";

// Each test file runs against a fresh copy of the migrated template: no test sees another file's rows.
const adminUrl = inject("databaseAdminUrl");
const database = `kizuna_test_${process.env.VITEST_POOL_ID ?? "0"}`;
await recreateDatabase(adminUrl, database, TEMPLATE_DATABASE);

process.env.DATABASE_URL = withDatabase(adminUrl, database);
process.env.AUTH_SECRET ??= "test-secret-that-is-long-enough-for-auth-js-0123456789";
delete process.env.RESEND_API_KEY;

afterAll(async () => {
  const { stopJobQueue } = await import("@/lib/jobs/boss");
  await stopJobQueue();
  const holder = globalThis as unknown as { kizunaPrisma?: { $disconnect(): Promise<void> } };
  await holder.kizunaPrisma?.$disconnect();
  delete holder.kizunaPrisma;
});
