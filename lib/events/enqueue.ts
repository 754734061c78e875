import "server-only";
import { inTransaction, jobQueue } from "@/lib/jobs/boss";
import { QUEUES, type EventNoticeKind, type SendEventNoticesJob } from "@/lib/jobs/queues";
import type { Tx } from "@/lib/db";

const JOB_BATCH = 50;

/** Queues mail to registrants inside the caller's transaction: the change and its mail commit together, or neither. */
export async function enqueueEventNotices(tx: Tx, job: { tenantId: string; eventId: string; kind: EventNoticeKind; registrationIds: string[] }): Promise<void> {
  if (!job.registrationIds.length) {
    return;
  }
  const boss = await jobQueue();
  // The key tells this notice from a later one of the same kind (e.g. a second change of time) for Resend's idempotency.
  const key = Date.now().toString(36);
  for (let i = 0; i < job.registrationIds.length; i += JOB_BATCH) {
    const data: SendEventNoticesJob = { ...job, registrationIds: job.registrationIds.slice(i, i + JOB_BATCH), key };
    await boss.send(QUEUES.sendEventNotices, data, { db: inTransaction(tx) });
  }
}
