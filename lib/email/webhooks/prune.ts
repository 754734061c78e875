import "server-only";
import { db } from "@/lib/db";

// Resend (Svix) retries a delivery for about three days; a record of it is useless long after that.
const KEEP_DAYS = 30;

/** Forgets webhook deliveries older than a month (run daily by the job queue's cron). */
export async function pruneWebhookDeliveries(now = new Date()): Promise<number> {
  const { count } = await db.webhookDelivery.deleteMany({ where: { receivedAt: { lt: new Date(now.getTime() - KEEP_DAYS * 86_400_000) } } });
  return count;
}
