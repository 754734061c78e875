import "server-only";
import { db } from "@/lib/db";

export type BroadcastStats = {
  recipients: number;
  portal: number;
  read: number;
  email: number;
  queued: number;
  sent: number;
  delivered: number;
  bounced: number;
  complained: number;
  skipped: number;
  failed: number;
  opened: number;
  clicked: number;
  unsubscribed: number;
};

/**
 * One announcement's figures in one statement over its delivery rows. "Sent" counts every email that left
 * (whatever Resend said of it later); opens and clicks count people, not events.
 */
export async function broadcastStats(tenantId: string, broadcastId: string): Promise<BroadcastStats> {
  const [row] = await db.$queryRaw<Record<keyof BroadcastStats, bigint>[]>`
    SELECT
      count(DISTINCT "membershipId") AS recipients,
      count(*) FILTER (WHERE channel = 'PORTAL') AS portal,
      count(*) FILTER (WHERE channel = 'PORTAL' AND "readAt" IS NOT NULL) AS read,
      count(*) FILTER (WHERE channel = 'EMAIL' AND status <> 'SKIPPED') AS email,
      count(*) FILTER (WHERE channel = 'EMAIL' AND status IN ('QUEUED', 'SENDING')) AS queued,
      count(*) FILTER (WHERE channel = 'EMAIL' AND status IN ('SENT', 'DELIVERED', 'BOUNCED', 'COMPLAINED')) AS sent,
      count(*) FILTER (WHERE channel = 'EMAIL' AND (status = 'DELIVERED' OR "deliveredAt" IS NOT NULL)) AS delivered,
      count(*) FILTER (WHERE channel = 'EMAIL' AND status = 'BOUNCED') AS bounced,
      count(*) FILTER (WHERE channel = 'EMAIL' AND status = 'COMPLAINED') AS complained,
      count(*) FILTER (WHERE channel = 'EMAIL' AND status = 'SKIPPED') AS skipped,
      count(*) FILTER (WHERE channel = 'EMAIL' AND status = 'FAILED') AS failed,
      count(*) FILTER (WHERE channel = 'EMAIL' AND "openedAt" IS NOT NULL) AS opened,
      count(*) FILTER (WHERE channel = 'EMAIL' AND "clickedAt" IS NOT NULL) AS clicked,
      count(*) FILTER (WHERE channel = 'EMAIL' AND "unsubscribedAt" IS NOT NULL) AS unsubscribed
    FROM "BroadcastDelivery" WHERE "tenantId" = ${tenantId} AND "broadcastId" = ${broadcastId}`;
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)])) as BroadcastStats;
}
