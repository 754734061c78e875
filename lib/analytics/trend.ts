import "server-only";
import { headlineCounts } from "@/lib/analytics/program-metrics";
import { rateOf } from "@/lib/analytics/rate";
import { snapshotsSince } from "@/lib/goals/snapshots";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { localToday } from "@/lib/time/zoned";

const DAY = 86_400_000;

export type TrendPoint = { day: Date; roster: number; joined: number; alumni: number; registrationRate: number; active30Rate: number; active90Rate: number };

const percent = (count: number, of: number) => rateOf(count, of).rate;

/**
 * The program's figures week by week over the last `days` days, ending with today's (counted live), from the
 * stored daily snapshots: a handful of rows whatever the size of the company.
 */
export async function programTrend(context: TenantContext, days = 364): Promise<TrendPoint[]> {
  const today = localToday(context.tenant.timezone);
  const [stored, live] = await Promise.all([snapshotsSince(context.tenant.id, new Date(today.getTime() - days * DAY)), headlineCounts(context)]);
  // Every seventh day counted back from today, so the last point is exactly a week before today's.
  const weekly = stored.filter((s) => s.day < today && Math.round((today.getTime() - s.day.getTime()) / DAY) % 7 === 0);
  return [...weekly, { day: today, ...live }].map((s) => ({
    day: s.day,
    roster: s.roster,
    joined: s.joined,
    alumni: s.alumni,
    registrationRate: percent(s.joined, s.roster),
    active30Rate: percent(s.active30, s.alumni),
    active90Rate: percent(s.active90, s.alumni),
  }));
}
