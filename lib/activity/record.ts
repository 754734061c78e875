import "server-only";
import { after } from "next/server";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { localToday } from "@/lib/time/zoned";

// Members already recorded today by this process: most requests then cost nothing at all.
const seen = new Map<string, number>();

/**
 * Counts the member as active today (in the company's timezone): one row per member per day, the source of every
 * active-rate figure, and the profile's "last active" time. Written after the response, at most once a day per
 * member and process, and harmless when two processes both write (the row's key is member + day).
 */
export function recordActivity(context: TenantContext): void {
  const day = localToday(context.tenant.timezone);
  const key = context.membership.id;
  if (seen.get(key) === day.getTime()) {
    return;
  }
  seen.set(key, day.getTime());
  if (seen.size > 50_000) {
    seen.clear();
  }
  after(() =>
    recordActivityNow(context.tenant.id, context.membership.id, day).catch((error) => {
      seen.delete(key);
      console.error("Activity not recorded:", error);
    }),
  );
}

/** The write itself: the day's row, and the profile's last-active time when the row is new. */
export async function recordActivityNow(tenantId: string, membershipId: string, day: Date): Promise<boolean> {
  const inserted = await db.$executeRaw`
    INSERT INTO "MemberActivity" ("tenantId", "membershipId", "day") VALUES (${tenantId}, ${membershipId}, ${day}::date)
    ON CONFLICT DO NOTHING`;
  if (inserted) {
    await db.alumniProfile.updateMany({ where: { tenantId, membershipId }, data: { lastActiveAt: new Date() } });
  }
  return inserted > 0;
}
