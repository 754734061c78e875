import "server-only";
import type PgBoss from "pg-boss";
import { QUEUES, type FanOutBroadcastJob, type SendBroadcastBatchJob } from "@/lib/jobs/queues";
import { fanOutBroadcast } from "./fan-out";
import { failBatch, sendBroadcastBatch } from "./send-batch";

// Each poll takes up to this many batch jobs and sends this many of them at a time: Resend calls overlap (one
// waits on the network while another claims or marks rows), and one poll's work outlasts the polling interval.
const FETCH = 32;
const IN_FLIGHT = 8;

async function eachWithLimit<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      await work(items[next++]!);
    }
  });
  await Promise.all(lanes);
}

/** The announcement workers: the fan-out, and the email batches (this process's share of them). */
export async function startBroadcastWorkers(boss: PgBoss): Promise<void> {
  await boss.work<FanOutBroadcastJob>(QUEUES.fanOutBroadcast, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) {
      await fanOutBroadcast(job.data.tenantId, job.data.broadcastId);
    }
  });
  await boss.work<SendBroadcastBatchJob>(
    QUEUES.sendBroadcastBatch,
    { pollingIntervalSeconds: 1, batchSize: FETCH, includeMetadata: true },
    async (jobs) => {
      await eachWithLimit(jobs, IN_FLIGHT, async (job) => {
        try {
          await sendBroadcastBatch(job.data);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          // The last attempt: its rows are given up as FAILED, so the announcement can still finish.
          if (job.retryCount >= job.retryLimit) {
            await failBatch(job.data.tenantId, job.data.broadcastId, job.data.batch, message).catch(() => undefined);
          }
          // Only this job is retried; pg-boss then completes the others of the fetch (a failed one stays failed).
          await boss.fail(QUEUES.sendBroadcastBatch, job.id, { message });
        }
      });
    },
  );
}
