import "server-only";
import type PgBoss from "pg-boss";
import { QUEUES, type DeliverWebhookJob } from "@/lib/jobs/queues";
import { attemptDelivery } from "./deliver";

/** The delivery worker: one job at a time (the default batch of 1), so a throw retries that delivery alone. */
export async function startWebhookWorker(boss: PgBoss): Promise<void> {
  await boss.work<DeliverWebhookJob>(QUEUES.deliverWebhook, { pollingIntervalSeconds: 1 }, async ([job]) => {
    if (job) {
      await attemptDelivery(job.data.tenantId, job.data.deliveryId);
    }
  });
}
