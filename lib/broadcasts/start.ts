import "server-only";
import type { Tx } from "@/lib/db";
import { inTransaction, jobQueue } from "@/lib/jobs/boss";
import { QUEUES, type FanOutBroadcastJob } from "@/lib/jobs/queues";

/**
 * Starts sending: a DRAFT or SCHEDULED announcement becomes SENDING and its fan-out job is queued, in the caller's
 * transaction — both commit or neither, and of two callers racing (an admin's "send now" and the schedule) only
 * the one that moved the status queues anything. Returns whether this call started it.
 */
export async function startBroadcast(tx: Tx, tenantId: string, broadcastId: string, sentById: string | null, now = new Date()): Promise<boolean> {
  const { count } = await tx.broadcast.updateMany({
    where: { id: broadcastId, tenantId, status: { in: ["DRAFT", "SCHEDULED"] } },
    data: { status: "SENDING", startedAt: now, ...(sentById ? { sentById } : {}) },
  });
  if (count === 0) {
    return false;
  }
  const boss = await jobQueue();
  const job: FanOutBroadcastJob = { tenantId, broadcastId };
  // One fan-out per announcement, even if a retry of this transaction queued one already.
  await boss.send(QUEUES.fanOutBroadcast, job, { db: inTransaction(tx), singletonKey: `fan-out:${broadcastId}` });
  return true;
}
