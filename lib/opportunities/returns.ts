import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";

export type BoomerangFigures = { byYear: { year: number; returns: number }[]; medianMonthsAway: number | null };

/**
 * The company's boomerang hires: returns per calendar year of the return date, and the median time away (from the
 * leave date on the profile to the return), for those whose leave date is known.
 */
export async function boomerangFigures(context: TenantContext): Promise<BoomerangFigures> {
  const hires = await db.interest.findMany({
    where: { tenantId: context.tenant.id, stage: "HIRED", hiredAt: { not: null } },
    select: { hiredAt: true, membership: { select: { profile: { select: { leftOn: true } } } } },
  });
  const years = new Map<number, number>();
  const monthsAway: number[] = [];
  for (const hire of hires) {
    const year = hire.hiredAt!.getUTCFullYear();
    years.set(year, (years.get(year) ?? 0) + 1);
    const leftOn = hire.membership.profile?.leftOn;
    if (leftOn && leftOn < hire.hiredAt!) {
      monthsAway.push((hire.hiredAt!.getTime() - leftOn.getTime()) / (30.44 * 86_400_000));
    }
  }
  monthsAway.sort((a, b) => a - b);
  const middle = monthsAway.length / 2;
  const median = monthsAway.length ? (monthsAway.length % 2 ? monthsAway[Math.floor(middle)]! : (monthsAway[middle - 1]! + monthsAway[middle]!) / 2) : null;
  return {
    byYear: [...years].map(([year, returns]) => ({ year, returns })).sort((a, b) => b.year - a.year),
    medianMonthsAway: median === null ? null : Math.round(median),
  };
}
