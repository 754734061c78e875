import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { ALUMNI_STATES, type AlumniState } from "./filters";
import { LATEST_INVITATION, ROSTER_STATE } from "./roster-state-sql";

/**
 * How many people are in each state of the alumni list: HR's to-do list on the dashboard, and the list's total.
 * The same people and states as alumniRows, counted without building its rows: members by status from the
 * (tenantId, role, status, …) index alone, roster entries nobody joined from by their latest invitation.
 * Once per request.
 */
export const alumniStateCounts = cache(async (context: TenantContext): Promise<Record<AlumniState, number>> => {
  const tenantId = context.tenant.id;
  const rows = await db.$queryRaw<{ state: AlumniState; count: number }[]>`
    SELECT lower(status::text) AS state, count(*)::int AS count FROM "Membership"
    WHERE "tenantId" = ${tenantId} AND role = 'ALUMNI' AND status <> 'REJECTED' GROUP BY status
    UNION ALL
    SELECT state, count(*)::int FROM (
      SELECT ${ROSTER_STATE} AS state FROM "RosterEntry" r ${LATEST_INVITATION}
      WHERE r."tenantId" = ${tenantId} AND r."membershipId" IS NULL
    ) roster GROUP BY state`;
  const counts = Object.fromEntries(ALUMNI_STATES.map((s) => [s, 0])) as Record<AlumniState, number>;
  for (const row of rows) {
    counts[row.state] = row.count;
  }
  return counts;
});
