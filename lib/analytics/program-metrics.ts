import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { atLocalHour, localToday } from "@/lib/time/zoned";
import { rateOf, type Rate } from "./rate";

const DAY = 86_400_000;

export { rateOf, type Rate };

/**
 * The program's counts as they stand (once per request: the headline and the trend's last point share them): roster
 * entries, those someone joined from, active alumni, and alumni who used the portal in the last 30 and 90 days
 * (company days). The roster from rosterFigures (one pass, shared with the breakdowns); the members from the
 * (tenantId, role, status, lastActiveOn) index alone — each member's last active day is kept on the membership by
 * the write that records the activity, so no activity rows are read.
 */
export const headlineCounts = cache(async (context: TenantContext) => {
  const tenantId = context.tenant.id;
  const today = localToday(context.tenant.timezone);
  const since = (days: number) => new Date(today.getTime() - (days - 1) * DAY);
  const [roster, [members]] = await Promise.all([
    rosterFigures(context),
    db.$queryRaw<[{ alumni: number; active30: number; active90: number }]>`
      SELECT count(*)::int AS alumni,
             count(*) FILTER (WHERE "lastActiveOn" >= ${since(30)})::int AS active30,
             count(*) FILTER (WHERE "lastActiveOn" >= ${since(90)})::int AS active90
      FROM "Membership" WHERE "tenantId" = ${tenantId} AND role = 'ALUMNI' AND status = 'ACTIVE'`,
  ]);
  return { roster: roster.total.roster, joined: roster.total.joined, ...members };
});

type RosterGroup = { key: string | null; roster: number; joined: number };

/**
 * The roster counted once per request, in one pass: in all, by leave year (newest first, none last) and by
 * department (largest first) — the headline's denominator and both breakdowns.
 */
const rosterFigures = cache(async (context: TenantContext) => {
  const rows = await db.$queryRaw<(RosterGroup & { grouping: "all" | "leaveYear" | "department" })[]>`
    SELECT CASE WHEN GROUPING(EXTRACT(YEAR FROM "leftOn")) = 0 THEN 'leaveYear' WHEN GROUPING(department) = 0 THEN 'department' ELSE 'all' END AS grouping,
           COALESCE(EXTRACT(YEAR FROM "leftOn")::int::text, department) AS key, count(*)::int AS roster, count("membershipId")::int AS joined
    FROM "RosterEntry" WHERE "tenantId" = ${context.tenant.id}
    GROUP BY GROUPING SETS ((), (EXTRACT(YEAR FROM "leftOn")), (department))
    ORDER BY 1, 2 DESC NULLS LAST`;
  const pick = (grouping: string) => rows.filter((r) => r.grouping === grouping).map(({ key, roster, joined }) => ({ key, roster, joined }));
  return {
    total: pick("all")[0] ?? { key: null, roster: 0, joined: 0 },
    leaveYear: pick("leaveYear"),
    // Largest first, then by name as the database orders it (the rows come by name descending), none last.
    department: pick("department")
      .reverse()
      .sort((a, b) => b.roster - a.roster || Number(a.key === null) - Number(b.key === null)),
  };
});

/** The headline figures: registration rate (joined ÷ roster) and the 30- and 90-day active rates. */
export async function headlineMetrics(context: TenantContext) {
  const c = await headlineCounts(context);
  return { registration: rateOf(c.joined, c.roster), alumni: c.alumni, active30: rateOf(c.active30, c.alumni), active90: rateOf(c.active90, c.alumni) };
}

/** New alumni per month (by the month they registered, company time), the last `months` months, oldest first. */
export async function registrationsPerMonth(context: TenantContext, months = 12): Promise<{ month: string; count: number }[]> {
  const today = localToday(context.tenant.timezone);
  const firsts = Array.from({ length: months }, (_, i) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - (months - 1 - i), 1)));
  // Only the months shown are read: a range of the (tenantId, role, createdAt, status) index, not every member.
  const from = atLocalHour(firsts[0]!, 0, context.tenant.timezone);
  const rows = await db.$queryRaw<{ month: string; count: number }[]>`
    SELECT to_char(date_trunc('month', m."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE ${context.tenant.timezone}), 'YYYY-MM') AS month, count(*)::int AS count
    FROM "Membership" m
    WHERE m."tenantId" = ${context.tenant.id} AND m.role = 'ALUMNI' AND m."createdAt" >= ${from} AND m.status NOT IN ('PENDING', 'REJECTED')
    GROUP BY 1`;
  const byMonth = new Map(rows.map((r) => [r.month, r.count]));
  return firsts.map((d) => {
    const month = d.toISOString().slice(0, 7);
    return { month, count: byMonth.get(month) ?? 0 };
  });
}

export type Breakdown = { key: string | null; roster: number; joined: number; rate: number };

/** Registration by leave-year cohort or by department, from the roster (the denominator every program uses). */
export async function registrationBreakdown(context: TenantContext, by: "leaveYear" | "department"): Promise<Breakdown[]> {
  const rows = (await rosterFigures(context))[by];
  return rows.map((r) => ({ ...r, rate: rateOf(r.joined, r.roster).rate }));
}

/** Invitations sent → links opened → joined, each step as a share of those sent. One pass over the sent ones. */
export async function invitationFunnel(context: TenantContext) {
  const [{ sent, opened, joined }] = await db.$queryRaw<[{ sent: number; opened: number; joined: number }]>`
    SELECT count(*)::int AS sent, count("openedAt")::int AS opened, count(*) FILTER (WHERE status = 'ACCEPTED')::int AS joined
    FROM "Invitation" WHERE "tenantId" = ${context.tenant.id} AND "sentAt" IS NOT NULL`;
  return { sent, opened: rateOf(opened, sent), joined: rateOf(joined, sent) };
}
