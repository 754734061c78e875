import "server-only";
import { cache } from "react";
import { headlineCounts } from "@/lib/analytics/program-metrics";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { localToday } from "@/lib/time/zoned";
import type { Snapshot } from "./snapshots";

/**
 * Every figure a goal can target as it stands now: the dashboard's headline counts plus the re-hire and
 * collaboration ones, counted the way the daily snapshot counts them (lib/goals/snapshot-sql.ts) so today's
 * point continues the stored line. Only goal screens ask for these; the dashboard keeps to its headline.
 */
export const liveFigures = cache(async (context: TenantContext): Promise<Omit<Snapshot, "day">> => {
  const tenantId = context.tenant.id;
  const timeZone = context.tenant.timezone;
  const today = localToday(timeZone);
  const [headline, [rehire]] = await Promise.all([
    headlineCounts(context),
    db.$queryRaw<[{ openToReturn: number; returns365: number; collaboration365: number }]>`
      SELECT
        (SELECT count(*) FROM "Interest" i JOIN "Membership" m ON m."tenantId" = i."tenantId" AND m.id = i."membershipId"
          WHERE i."tenantId" = ${tenantId} AND i.kind = 'OPEN_TO_RETURN' AND i."withdrawnAt" IS NULL
            AND m.role = 'ALUMNI' AND m.status = 'ACTIVE')::int AS "openToReturn",
        (SELECT count(*) FROM "Interest" i
          WHERE i."tenantId" = ${tenantId} AND i."hiredAt" > ${today}::date - 365 AND i."hiredAt" <= ${today}::date)::int AS returns365,
        (SELECT count(*) FROM "Interest" i JOIN "Posting" p ON p."tenantId" = i."tenantId" AND p.id = i."postingId"
          WHERE i."tenantId" = ${tenantId} AND p.kind = 'COLLABORATION'
            AND ((i."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date > ${today}::date - 365)::int AS collaboration365`,
  ]);
  return { ...headline, ...rehire };
});
