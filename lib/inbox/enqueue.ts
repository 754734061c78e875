import "server-only";
import type PgBoss from "pg-boss";
import type { Prisma } from "@/lib/generated/prisma/client";
import { QUEUES, type NotifyMessageJob } from "@/lib/jobs/queues";

/**
 * Queues the mail about a new message in the transaction that wrote it (decisions/006): both commit, or neither.
 * Callers start the queue (`jobQueue()`) before opening the transaction: its first start creates pg-boss's tables
 * and queues, which must not eat into the transaction's time.
 */
export async function enqueueMessageMail(boss: PgBoss, tx: Prisma.TransactionClient, job: NotifyMessageJob): Promise<void> {
  const executeSql = async (text: string, values: unknown[]) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) });
  await boss.send(QUEUES.notifyMessage, job, { db: { executeSql } });
}
