import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/resolve";
import type { AlumniFilters, AlumniState } from "./filters";

export const ALUMNI_PAGE_SIZE = 50;

export type AlumniRow = {
  key: string;
  kind: "member" | "roster";
  id: string;
  name: string;
  nameKana: string | null;
  email: string | null;
  department: string | null;
  leftOn: Date | null;
  registeredAt: Date | null;
  state: AlumniState;
};

/**
 * Everyone the company counts as alumni, in one list: members (role alumni; rejected applicants are not alumni)
 * and roster entries nobody has joined from yet. A roster entry's state follows its latest invitation, as
 * lib/invitations/state.ts decides it for one entry; here it is SQL so it can be filtered and counted.
 */
export function alumniRows(tenantId: string) {
  return Prisma.sql`
    SELECT 'm:' || m.id AS key, 'member' AS kind, m.id,
           COALESCE(p."displayName", u.name, u.email) AS name, COALESCE(p."nameKana", r."nameKana") AS "nameKana",
           u.email, COALESCE(p.department, r.department) AS department, COALESCE(p."leftOn", r."leftOn") AS "leftOn",
           m."createdAt" AS "registeredAt", lower(m.status::text) AS state, p."nameRomaji"
    FROM "Membership" m
    JOIN "User" u ON u.id = m."userId"
    LEFT JOIN "AlumniProfile" p ON p."tenantId" = m."tenantId" AND p."membershipId" = m.id
    LEFT JOIN "RosterEntry" r ON r."tenantId" = m."tenantId" AND r."membershipId" = m.id
    WHERE m."tenantId" = ${tenantId} AND m.role = 'ALUMNI' AND m.status <> 'REJECTED'
    UNION ALL
    SELECT 'r:' || r.id, 'roster', r.id, r.name, r."nameKana", r.email, r.department, r."leftOn", NULL,
           CASE
             WHEN i.status IS NULL OR i.status IN ('REVOKED', 'ACCEPTED') THEN 'notInvited'
             WHEN i.status = 'BOUNCED' THEN 'bounced'
             WHEN i.status = 'PENDING' AND i."scheduledFor" > now() THEN 'scheduled'
             WHEN i."expiresAt" < now() THEN 'expired'
             ELSE 'invited'
           END,
           NULL
    FROM "RosterEntry" r
    LEFT JOIN LATERAL (
      SELECT status, "expiresAt", "scheduledFor" FROM "Invitation"
      WHERE "tenantId" = r."tenantId" AND "rosterEntryId" = r.id ORDER BY "createdAt" DESC LIMIT 1
    ) i ON true
    WHERE r."tenantId" = ${tenantId} AND r."membershipId" IS NULL`;
}

function whereFilters(filters: AlumniFilters) {
  const conditions: Prisma.Sql[] = [];
  if (filters.q) {
    const like = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(Prisma.sql`(name ILIKE ${like} OR "nameKana" ILIKE ${like} OR "nameRomaji" ILIKE ${like} OR email ILIKE ${like})`);
  }
  if (filters.status) {
    conditions.push(Prisma.sql`state = ${filters.status}`);
  }
  if (filters.department) {
    conditions.push(Prisma.sql`department = ${filters.department}`);
  }
  if (filters.leaveYear) {
    conditions.push(Prisma.sql`EXTRACT(YEAR FROM "leftOn") = ${filters.leaveYear}`);
  }
  if (filters.registeredFrom) {
    conditions.push(Prisma.sql`"registeredAt" >= ${new Date(`${filters.registeredFrom}T00:00:00Z`)}`);
  }
  if (filters.registeredTo) {
    conditions.push(Prisma.sql`"registeredAt" < ${new Date(Date.parse(`${filters.registeredTo}T00:00:00Z`) + 86_400_000)}`);
  }
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

// Most recent leavers first (no leave date last), then a stable key: the page cursor is "<leave date>|<key>".
const SORT_FLOOR = "0001-01-01";

function parseCursor(after?: string): { sortDay: string; key: string } | null {
  const match = after?.match(/^(\d{4}-\d{2}-\d{2})\|([mr]:[A-Za-z0-9_-]+)$/);
  return match ? { sortDay: match[1]!, key: match[2]! } : null;
}

/** One page of the alumni list with the filters applied, and how many match in all. */
export async function listAlumni(context: TenantContext, filters: AlumniFilters) {
  const rows = alumniRows(context.tenant.id);
  const where = whereFilters(filters);
  const cursor = parseCursor(filters.after);
  const sortDay = Prisma.sql`COALESCE("leftOn", ${SORT_FLOOR}::date)`;
  const afterCursor = cursor
    ? Prisma.sql`WHERE ${sortDay} < ${cursor.sortDay}::date OR (${sortDay} = ${cursor.sortDay}::date AND key > ${cursor.key})`
    : Prisma.empty;
  const [page, [{ count }]] = await Promise.all([
    db.$queryRaw<(AlumniRow & { nameRomaji: string | null })[]>`
      SELECT * FROM (SELECT * FROM (${rows}) a ${where}) f ${afterCursor}
      ORDER BY ${sortDay} DESC, key ASC
      LIMIT ${ALUMNI_PAGE_SIZE + 1}`,
    db.$queryRaw<[{ count: number }]>`SELECT count(*)::int AS count FROM (${rows}) a ${where}`,
  ]);
  const more = page.length > ALUMNI_PAGE_SIZE;
  const shown = page.slice(0, ALUMNI_PAGE_SIZE).map(({ nameRomaji: _romaji, ...row }) => row);
  const last = shown[shown.length - 1];
  const nextAfter = more && last ? `${last.leftOn ? last.leftOn.toISOString().slice(0, 10) : SORT_FLOOR}|${last.key}` : null;
  return { rows: shown, total: count, nextAfter };
}

/** The departments people on the list belong to, for the department filter. */
export async function alumniDepartments(context: TenantContext): Promise<string[]> {
  const rows = await db.$queryRaw<{ department: string }[]>`
    SELECT DISTINCT department FROM (
      SELECT department FROM "RosterEntry" WHERE "tenantId" = ${context.tenant.id} AND department IS NOT NULL
      UNION SELECT department FROM "AlumniProfile" WHERE "tenantId" = ${context.tenant.id} AND department IS NOT NULL
    ) d ORDER BY department`;
  return rows.map((r) => r.department);
}
