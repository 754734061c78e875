import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { localToday } from "@/lib/time/zoned";
import { rateOf, type Rate } from "./rate";

const DAY = 86_400_000;

export { rateOf, type Rate };

/**
 * The program's counts as they stand (once per request: the headline and the trend's last point share them): roster entries, those someone joined from, active alumni, and alumni who
 * used the portal in the last 30 and 90 days (counted from MemberActivity, company days).
 */
export const headlineCounts = cache(async (context: TenantContext) => {
  const tenantId = context.tenant.id;
  const today = localToday(context.tenant.timezone);
  const since = (days: number) => new Date(today.getTime() - (days - 1) * DAY);
  const [roster, joined, alumni, [active]] = await Promise.all([
    db.rosterEntry.count({ where: { tenantId } }),
    db.rosterEntry.count({ where: { tenantId, membershipId: { not: null } } }),
    db.membership.count({ where: { tenantId, status: "ACTIVE", role: "ALUMNI" } }),
    // Counted in the database: a large company has tens of thousands of active members.
    db.$queryRaw<{ active30: number; active90: number }[]>`
      SELECT count(DISTINCT a."membershipId") FILTER (WHERE a.day >= ${since(30)})::int AS active30, count(DISTINCT a."membershipId")::int AS active90
      FROM "MemberActivity" a JOIN "Membership" m ON m."tenantId" = a."tenantId" AND m.id = a."membershipId"
      WHERE a."tenantId" = ${tenantId} AND a.day >= ${since(90)} AND m.status = 'ACTIVE' AND m.role = 'ALUMNI'`,
  ]);
  return { roster, joined, alumni, active30: active!.active30, active90: active!.active90 };
});

/** The headline figures: registration rate (joined ÷ roster) and the 30- and 90-day active rates. */
export async function headlineMetrics(context: TenantContext) {
  const c = await headlineCounts(context);
  return { registration: rateOf(c.joined, c.roster), alumni: c.alumni, active30: rateOf(c.active30, c.alumni), active90: rateOf(c.active90, c.alumni) };
}

/** New alumni per month (by the month they registered, company time), the last `months` months, oldest first. */
export async function registrationsPerMonth(context: TenantContext, months = 12): Promise<{ month: string; count: number }[]> {
  const rows = await db.$queryRaw<{ month: string; count: number }[]>`
    SELECT to_char(date_trunc('month', m."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE ${context.tenant.timezone}), 'YYYY-MM') AS month, count(*)::int AS count
    FROM "Membership" m
    WHERE m."tenantId" = ${context.tenant.id} AND m.role = 'ALUMNI' AND m.status NOT IN ('PENDING', 'REJECTED')
    GROUP BY 1`;
  const byMonth = new Map(rows.map((r) => [r.month, r.count]));
  const today = localToday(context.tenant.timezone);
  return Array.from({ length: months }, (_, i) => {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - (months - 1 - i), 1));
    const month = d.toISOString().slice(0, 7);
    return { month, count: byMonth.get(month) ?? 0 };
  });
}

export type Breakdown = { key: string | null; roster: number; joined: number; rate: number };

/** Registration by leave-year cohort or by department, from the roster (the denominator every program uses). */
export async function registrationBreakdown(context: TenantContext, by: "leaveYear" | "department"): Promise<Breakdown[]> {
  const rows =
    by === "leaveYear"
      ? await db.$queryRaw<{ key: string | null; roster: number; joined: number }[]>`
          SELECT EXTRACT(YEAR FROM "leftOn")::int::text AS key, count(*)::int AS roster, count("membershipId")::int AS joined
          FROM "RosterEntry" WHERE "tenantId" = ${context.tenant.id} GROUP BY 1 ORDER BY 1 DESC NULLS LAST`
      : await db.$queryRaw<{ key: string | null; roster: number; joined: number }[]>`
          SELECT department AS key, count(*)::int AS roster, count("membershipId")::int AS joined
          FROM "RosterEntry" WHERE "tenantId" = ${context.tenant.id} GROUP BY 1 ORDER BY 2 DESC, 1`;
  return rows.map((r) => ({ ...r, rate: rateOf(r.joined, r.roster).rate }));
}

/** Invitations sent → links opened → joined, each step as a share of those sent. */
export async function invitationFunnel(context: TenantContext) {
  const tenantId = context.tenant.id;
  const [sent, opened, joined] = await Promise.all([
    db.invitation.count({ where: { tenantId, sentAt: { not: null } } }),
    db.invitation.count({ where: { tenantId, sentAt: { not: null }, openedAt: { not: null } } }),
    db.invitation.count({ where: { tenantId, sentAt: { not: null }, status: "ACCEPTED" } }),
  ]);
  return { sent, opened: rateOf(opened, sent), joined: rateOf(joined, sent) };
}
