import "server-only";
import { db } from "@/lib/db";

export type DirectoryFacets = { department: string[]; industry: string[]; location: string[]; skill: string[] };

// The choices offered in the filters change slowly, and reading them scans every profile of the company: kept
// per tenant for a few minutes in this process, so a directory request costs one statement, not two.
const TTL_MS = 5 * 60_000;
const MAX_CHOICES = 100;
const cache = new Map<string, { at: number; facets: Promise<DirectoryFacets> }>();

async function readFacets(tenantId: string): Promise<DirectoryFacets> {
  // Only values alumni may see: a hidden field's value must not surface as a filter choice either.
  const rows = await db.$queryRaw<{ kind: keyof DirectoryFacets; value: string }[]>`
    SELECT kind, value FROM (
      SELECT f.kind, f.value, row_number() OVER (PARTITION BY f.kind ORDER BY count(*) DESC, f.value) AS n
      FROM "AlumniProfile" p
      JOIN "Membership" m ON m."tenantId" = p."tenantId" AND m.id = p."membershipId"
      CROSS JOIN LATERAL (
        SELECT 'department', CASE WHEN kizuna_sees(false, p.visibility, 'department') THEN p.department END
        UNION ALL SELECT 'industry', CASE WHEN kizuna_sees(false, p.visibility, 'industry') THEN p.industry END
        UNION ALL SELECT 'location', CASE WHEN kizuna_sees(false, p.visibility, 'location') THEN p.location END
        UNION ALL SELECT 'skill', unnest(CASE WHEN kizuna_sees(false, p.visibility, 'skills') THEN p.skills END)
      ) f(kind, value)
      WHERE p."tenantId" = ${tenantId} AND m.status = 'ACTIVE' AND m.role = 'ALUMNI' AND f.value IS NOT NULL
      GROUP BY f.kind, f.value
    ) ranked
    WHERE n <= ${MAX_CHOICES}
    ORDER BY kind, value`;
  const facets: DirectoryFacets = { department: [], industry: [], location: [], skill: [] };
  for (const row of rows) {
    facets[row.kind].push(row.value);
  }
  return facets;
}

/** The values people in this company's directory show for each filter, most common first kept, sorted. */
export function directoryFacets(tenantId: string): Promise<DirectoryFacets> {
  const hit = cache.get(tenantId);
  if (hit && Date.now() - hit.at < TTL_MS) {
    return hit.facets;
  }
  const facets = readFacets(tenantId);
  cache.set(tenantId, { at: Date.now(), facets });
  facets.catch(() => cache.delete(tenantId));
  return facets;
}
