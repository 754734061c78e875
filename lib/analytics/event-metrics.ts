import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { rateOf, type Rate } from "./rate";

const YEAR = 365 * 86_400_000;

export type EventAttendance = { id: string; title: string; startsAt: Date; going: number; attended: number; rate: number };

/**
 * Attendance of the company's events held in the last 12 months: people holding a seat who were checked in.
 * Events where nobody was checked in are left out (no check-in was done, so there is no figure to give).
 */
export async function eventAttendance(context: TenantContext, now = new Date()): Promise<{ events: EventAttendance[]; overall: Rate }> {
  const rows = await db.$queryRaw<{ id: string; title: string; startsAt: Date; going: number; attended: number }[]>`
    SELECT e.id, e.title, e."startsAt", count(r.id)::int AS going, count(r."attendedAt")::int AS attended
    FROM "Event" e JOIN "EventRegistration" r ON r."tenantId" = e."tenantId" AND r."eventId" = e.id AND r.status = 'GOING'
    WHERE e."tenantId" = ${context.tenant.id} AND e.status = 'PUBLISHED' AND e."startsAt" < ${now} AND e."startsAt" >= ${new Date(now.getTime() - YEAR)}
    GROUP BY e.id HAVING count(r."attendedAt") > 0
    ORDER BY e."startsAt" DESC`;
  const events = rows.map((r) => ({ ...r, rate: rateOf(r.attended, r.going).rate }));
  return { events, overall: rateOf(events.reduce((n, e) => n + e.attended, 0), events.reduce((n, e) => n + e.going, 0)) };
}
