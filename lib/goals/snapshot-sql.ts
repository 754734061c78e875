import { Prisma } from "../generated/prisma/client";

// No "server-only" and relative imports: the demo seed (plain Node) computes its history with this too.

/**
 * The statement that computes a company's program figures for each day from `from` to `to` (company days) from
 * history, and upserts them (running it again overwrites the same rows).
 *
 * Set-based, one pass over the rows whatever the number of days: counts are running sums of what was created
 * each day; "active in the last 30 days" is a running sum over spans — each activity day covers itself and the
 * next 29 days, cut where the same member's next activity day starts, so a member is counted once per day.
 */
export function snapshotSql(tenantId: string, timeZone: string, from: Date, to: Date): Prisma.Sql {
  const localDay = (column: Prisma.Sql) => Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date`;
  return Prisma.sql`
    INSERT INTO "ProgramSnapshot" ("tenantId", day, roster, joined, alumni, active30, active90, "openToReturn", returns365, collaboration365, "updatedAt")
    WITH bounds AS (SELECT ${from}::date - 89 AS first, ${to}::date AS last),
    created AS (
      SELECT ${localDay(Prisma.sql`r."createdAt"`)} AS day, 1 AS roster, 0 AS joined, 0 AS alumni
        FROM "RosterEntry" r WHERE r."tenantId" = ${tenantId}
      UNION ALL
      SELECT ${localDay(Prisma.sql`m."createdAt"`)}, 0, 1, 0
        FROM "RosterEntry" r JOIN "Membership" m ON m."tenantId" = r."tenantId" AND m.id = r."membershipId" WHERE r."tenantId" = ${tenantId}
      UNION ALL
      SELECT ${localDay(Prisma.sql`m."createdAt"`)}, 0, 0, 1
        FROM "Membership" m WHERE m."tenantId" = ${tenantId} AND m.role = 'ALUMNI' AND m.status = 'ACTIVE'
    ),
    -- Re-hire and collaboration figures as +1 on the day something starts counting and -1 on the day it stops:
    -- an open-to-return signal until it is withdrawn, a return or a collaboration interest for 365 days.
    flows AS (
      SELECT ${localDay(Prisma.sql`i."createdAt"`)} AS day, 1 AS otr, 0 AS ret, 0 AS col
        FROM "Interest" i JOIN "Membership" m ON m."tenantId" = i."tenantId" AND m.id = i."membershipId"
        WHERE i."tenantId" = ${tenantId} AND i.kind = 'OPEN_TO_RETURN' AND m.role = 'ALUMNI' AND m.status = 'ACTIVE'
      UNION ALL
      SELECT ${localDay(Prisma.sql`i."withdrawnAt"`)}, -1, 0, 0
        FROM "Interest" i JOIN "Membership" m ON m."tenantId" = i."tenantId" AND m.id = i."membershipId"
        WHERE i."tenantId" = ${tenantId} AND i.kind = 'OPEN_TO_RETURN' AND i."withdrawnAt" IS NOT NULL AND m.role = 'ALUMNI' AND m.status = 'ACTIVE'
      UNION ALL
      SELECT d.day, 0, d.delta, 0
        FROM "Interest" i CROSS JOIN LATERAL (VALUES (i."hiredAt", 1), (i."hiredAt" + 365, -1)) AS d(day, delta)
        WHERE i."tenantId" = ${tenantId} AND i."hiredAt" IS NOT NULL
      UNION ALL
      SELECT d.day, 0, 0, d.delta
        FROM "Interest" i JOIN "Posting" p ON p."tenantId" = i."tenantId" AND p.id = i."postingId"
        CROSS JOIN LATERAL (VALUES (${localDay(Prisma.sql`i."createdAt"`)}, 1), (${localDay(Prisma.sql`i."createdAt"`)} + 365, -1)) AS d(day, delta)
        WHERE i."tenantId" = ${tenantId} AND p.kind = 'COLLABORATION'
    ),
    act AS (
      SELECT a."membershipId" AS member, a.day
        FROM "MemberActivity" a JOIN "Membership" m ON m."tenantId" = a."tenantId" AND m.id = a."membershipId"
        WHERE a."tenantId" = ${tenantId} AND a.day BETWEEN (SELECT first FROM bounds) AND (SELECT last FROM bounds)
          AND m.role = 'ALUMNI' AND m.status = 'ACTIVE'
    ),
    spans AS (
      SELECT day AS starts,
             LEAST(lead(day) OVER w - 1, day + 29) AS ends30,
             LEAST(lead(day) OVER w - 1, day + 89) AS ends90
        FROM act WINDOW w AS (PARTITION BY member ORDER BY day)
    ),
    deltas AS (
      -- What was created before the first day counts from the first day on.
      SELECT GREATEST(day, (SELECT first FROM bounds)) AS day, roster, joined, alumni, 0 AS a30, 0 AS a90, 0 AS otr, 0 AS ret, 0 AS col FROM created
      UNION ALL SELECT GREATEST(day, (SELECT first FROM bounds)), 0, 0, 0, 0, 0, otr, ret, col FROM flows
      UNION ALL SELECT starts, 0, 0, 0, 1, 1, 0, 0, 0 FROM spans
      UNION ALL SELECT ends30 + 1, 0, 0, 0, -1, 0, 0, 0, 0 FROM spans
      UNION ALL SELECT ends90 + 1, 0, 0, 0, 0, -1, 0, 0, 0 FROM spans
    ),
    per_day AS (
      SELECT day, sum(roster) AS roster, sum(joined) AS joined, sum(alumni) AS alumni, sum(a30) AS a30, sum(a90) AS a90,
             sum(otr) AS otr, sum(ret) AS ret, sum(col) AS col
        FROM deltas GROUP BY day
    ),
    running AS (
      SELECT g.day::date AS day,
             sum(coalesce(p.roster, 0)) OVER o AS roster, sum(coalesce(p.joined, 0)) OVER o AS joined, sum(coalesce(p.alumni, 0)) OVER o AS alumni,
             sum(coalesce(p.a30, 0)) OVER o AS active30, sum(coalesce(p.a90, 0)) OVER o AS active90,
             sum(coalesce(p.otr, 0)) OVER o AS otr, sum(coalesce(p.ret, 0)) OVER o AS ret, sum(coalesce(p.col, 0)) OVER o AS col
        FROM generate_series((SELECT first FROM bounds), (SELECT last FROM bounds), interval '1 day') AS g(day)
        LEFT JOIN per_day p ON p.day = g.day::date
        WINDOW o AS (ORDER BY g.day)
    )
    SELECT ${tenantId}, day, roster::int, joined::int, alumni::int, active30::int, active90::int, otr::int, ret::int, col::int, now()
      FROM running WHERE day >= ${from}::date
    ON CONFLICT ("tenantId", day) DO UPDATE SET roster = EXCLUDED.roster, joined = EXCLUDED.joined, alumni = EXCLUDED.alumni,
      active30 = EXCLUDED.active30, active90 = EXCLUDED.active90, "openToReturn" = EXCLUDED."openToReturn",
      returns365 = EXCLUDED.returns365, collaboration365 = EXCLUDED.collaboration365, "updatedAt" = now()`;
}
