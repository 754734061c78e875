import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { jobQueue } from "@/lib/jobs/boss";
import { QUEUES, type NotifyMessageJob } from "@/lib/jobs/queues";

/** Queues the mail about a new message in the transaction that wrote it (decisions/006): both commit, or neither. */
export async function enqueueMessageMail(tx: Prisma.TransactionClient, job: NotifyMessageJob): Promise<void> {
  const boss = await jobQueue();
  const executeSql = async (text: string, values: unknown[]) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) });
  await boss.send(QUEUES.notifyMessage, job, { db: { executeSql } });
}
