import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { rateOf, type Rate } from "./rate";

const YEAR = 365 * 86_400_000;

export type BroadcastReach = {
  id: string;
  subjectJa: string | null;
  subjectEn: string | null;
  sentAt: Date;
  emailed: number;
  delivered: number;
  opened: number;
  clicked: number;
  openRate: number;
  clickRate: number;
};

/**
 * Open and click rates of the announcements sent in the last 12 months, from their email deliveries: of the emails
 * that reached a mailbox (delivered, or sent when Resend has not reported delivery), the share whose recipient
 * opened / clicked at least once. Announcements nobody was emailed are left out.
 */
export async function broadcastReach(context: TenantContext, now = new Date()): Promise<{ broadcasts: BroadcastReach[]; opened: Rate; clicked: Rate }> {
  const rows = await db.$queryRaw<Omit<BroadcastReach, "openRate" | "clickRate">[]>`
    SELECT b.id, b."subjectJa", b."subjectEn", b."startedAt" AS "sentAt",
      count(*) FILTER (WHERE d.status IN ('SENT', 'DELIVERED', 'BOUNCED', 'COMPLAINED'))::int AS emailed,
      count(*) FILTER (WHERE d.status IN ('SENT', 'DELIVERED', 'COMPLAINED'))::int AS delivered,
      count(d."openedAt")::int AS opened, count(d."clickedAt")::int AS clicked
    FROM "Broadcast" b JOIN "BroadcastDelivery" d ON d."tenantId" = b."tenantId" AND d."broadcastId" = b.id AND d.channel = 'EMAIL'
    WHERE b."tenantId" = ${context.tenant.id} AND b.status IN ('SENDING', 'SENT') AND b."startedAt" >= ${new Date(now.getTime() - YEAR)}
    GROUP BY b.id HAVING count(*) FILTER (WHERE d.status IN ('SENT', 'DELIVERED', 'BOUNCED', 'COMPLAINED')) > 0
    ORDER BY b."startedAt" DESC`;
  const broadcasts = rows.map((r) => ({ ...r, openRate: rateOf(r.opened, r.delivered).rate, clickRate: rateOf(r.clicked, r.delivered).rate }));
  const sum = (key: "delivered" | "opened" | "clicked") => broadcasts.reduce((n, b) => n + b[key], 0);
  return { broadcasts, opened: rateOf(sum("opened"), sum("delivered")), clicked: rateOf(sum("clicked"), sum("delivered")) };
}
