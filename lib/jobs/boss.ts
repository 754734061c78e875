import "server-only";
import PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { QUEUES } from "./queues";

// One pg-boss per process, on the app's own PostgreSQL (schema "pgboss"), started on first use.
const globalForBoss = globalThis as unknown as { kizunaBoss?: Promise<PgBoss> };

async function start(): Promise<PgBoss> {
  // Maintenance also retries the jobs of a worker that died mid-job (their expiry passed): how soon a crash heals.
  const boss = new PgBoss({ connectionString: env().DATABASE_URL, max: 4, maintenanceIntervalSeconds: env().JOB_MAINTENANCE_SECONDS });
  boss.on("error", (error) => console.error("Job queue error:", error));
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    await boss.createQueue(name, { name, retryLimit: 5, retryDelay: 30, retryBackoff: true });
  }
  return boss;
}

export function jobQueue(): Promise<PgBoss> {
  globalForBoss.kizunaBoss ??= start().catch((error) => {
    globalForBoss.kizunaBoss = undefined;
    throw error;
  });
  return globalForBoss.kizunaBoss;
}

export async function stopJobQueue(): Promise<void> {
  const boss = await globalForBoss.kizunaBoss?.catch(() => undefined);
  globalForBoss.kizunaBoss = undefined;
  await boss?.stop({ graceful: true, wait: true });
}

/**
 * pg-boss's `db` option for a Prisma transaction: jobs sent with it are written by that transaction, so they exist
 * exactly when the change that asks for them commits (decisions/006).
 */
export function inTransaction(tx: Tx) {
  return { executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }) };
}
