import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { ALUMNI_STATES, type AlumniState } from "./filters";
import { alumniRows } from "./list";

/** How many people are in each state of the alumni list: HR's to-do list on the dashboard. */
export async function alumniStateCounts(context: TenantContext): Promise<Record<AlumniState, number>> {
  const rows = await db.$queryRaw<{ state: AlumniState; count: number }[]>`
    SELECT state, count(*)::int AS count FROM (${alumniRows(context.tenant.id)}) a GROUP BY state`;
  const counts = Object.fromEntries(ALUMNI_STATES.map((s) => [s, 0])) as Record<AlumniState, number>;
  for (const row of rows) {
    counts[row.state] = row.count;
  }
  return counts;
}
