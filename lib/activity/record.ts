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

/**
 * The write itself, one statement: the day's row and, when the row is new, the member's last active day (kept on
 * the membership so the dashboard counts active members from an index instead of a quarter of activity rows;
 * GREATEST because a past day can be written after a later one) and the profile's last-active time.
 */
export async function recordActivityNow(tenantId: string, membershipId: string, day: Date): Promise<boolean> {
  const [{ inserted }] = await db.$queryRaw<[{ inserted: number }]>`
    WITH ins AS (
      INSERT INTO "MemberActivity" ("tenantId", "membershipId", "day") VALUES (${tenantId}, ${membershipId}, ${day}::date)
      ON CONFLICT DO NOTHING RETURNING "day"
    ), member AS (
      UPDATE "Membership" m SET "lastActiveOn" = GREATEST(m."lastActiveOn", ins."day") FROM ins
      WHERE m."tenantId" = ${tenantId} AND m.id = ${membershipId} RETURNING 1
    ), profile AS (
      UPDATE "AlumniProfile" SET "lastActiveAt" = now()
      WHERE "tenantId" = ${tenantId} AND "membershipId" = ${membershipId} AND EXISTS (SELECT 1 FROM ins) RETURNING 1
    )
    SELECT count(*)::int AS inserted FROM ins`;
  return inserted > 0;
}
