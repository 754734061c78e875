import { Prisma } from "../generated/prisma/client";

// No "server-only" and relative imports: the demo seed (plain Node) computes its history with this too.

/**
 * The statement that computes a company's program figures for each day from `from` to `to` (company days) from
 * history — the roster and alumni as created by the end of that day, alumni active in the 30 and 90 days up to
 * it — and upserts them: running it again overwrites the same rows.
 */
export function snapshotSql(tenantId: string, timeZone: string, from: Date, to: Date): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "ProgramSnapshot" ("tenantId", day, roster, joined, alumni, active30, active90, "updatedAt")
    SELECT ${tenantId}, d.day, counts.roster, counts.joined, counts.alumni, counts.active30, counts.active90, now()
    FROM generate_series(${from}::date, ${to}::date, interval '1 day') AS g(day)
    CROSS JOIN LATERAL (SELECT g.day::date AS day, ((g.day + interval '1 day')::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC' AS ends) d
    CROSS JOIN LATERAL (
      SELECT
        (SELECT count(*)::int FROM "RosterEntry" r WHERE r."tenantId" = ${tenantId} AND r."createdAt" < d.ends) AS roster,
        (SELECT count(*)::int FROM "RosterEntry" r JOIN "Membership" m ON m."tenantId" = r."tenantId" AND m.id = r."membershipId"
           WHERE r."tenantId" = ${tenantId} AND m."createdAt" < d.ends) AS joined,
        (SELECT count(*)::int FROM "Membership" m
           WHERE m."tenantId" = ${tenantId} AND m.role = 'ALUMNI' AND m.status = 'ACTIVE' AND m."createdAt" < d.ends) AS alumni,
        (SELECT count(DISTINCT a."membershipId")::int FROM "MemberActivity" a JOIN "Membership" m ON m."tenantId" = a."tenantId" AND m.id = a."membershipId"
           WHERE a."tenantId" = ${tenantId} AND a.day BETWEEN d.day - 29 AND d.day AND m.role = 'ALUMNI' AND m.status = 'ACTIVE') AS active30,
        (SELECT count(DISTINCT a."membershipId")::int FROM "MemberActivity" a JOIN "Membership" m ON m."tenantId" = a."tenantId" AND m.id = a."membershipId"
           WHERE a."tenantId" = ${tenantId} AND a.day BETWEEN d.day - 89 AND d.day AND m.role = 'ALUMNI' AND m.status = 'ACTIVE') AS active90
    ) counts
    ON CONFLICT ("tenantId", day) DO UPDATE SET roster = EXCLUDED.roster, joined = EXCLUDED.joined, alumni = EXCLUDED.alumni,
      active30 = EXCLUDED.active30, active90 = EXCLUDED.active90, "updatedAt" = now()`;
}
