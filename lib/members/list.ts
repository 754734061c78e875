import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { atLocalHour } from "@/lib/time/zoned";
import { containsPattern, searchTerms } from "@/lib/search/terms";
import { z } from "zod";
import { ALUMNI_FILTER_KEYS, type AlumniFilters, type AlumniState } from "./filters";
import { LATEST_INVITATION, ROSTER_STATE } from "./roster-state-sql";
import { alumniStateCounts } from "./state-counts";

export const ALUMNI_PAGE_SIZE = 50;

export type AlumniRow = {
  key: string;
  kind: "member" | "roster";
  id: string;
  /** Null for someone who left or was removed without a profile left to name them. */
  name: string | null;
  nameKana: string | null;
  email: string | null;
  department: string | null;
  leftOn: Date | null;
  registeredAt: Date | null;
  state: AlumniState;
  /** Null where the person keeps it to themselves, and for people who have not joined. */
  openToReturn: boolean | null;
  /** Whether a member is on HR's roster; null for a roster entry nobody joined from yet. */
  rosterMatched: boolean | null;
};

// A profile field as staff may see it: not when its owner keeps it to themselves (the roster's value, the
// company's own record, stands in where there is one).
const staffSees = (field: "nameKana" | "nameRomaji" | "department" | "leftOn") =>
  Prisma.sql`CASE WHEN p.visibility->>${field} = 'PRIVATE' THEN NULL ELSE ${Prisma.raw(`p."${field}"`)} END`;

// Someone who left or was removed is no longer the company's to look up: their account's current name and
// address stay out of the list.
const gone = Prisma.sql`m.status IN ('LEFT', 'REMOVED')`;

/**
 * Everyone the company counts as alumni, in one list: members (role alumni; rejected applicants are not alumni)
 * and roster entries nobody has joined from yet. A roster entry's state follows its latest invitation, as
 * lib/invitations/state.ts decides it for one entry; here it is SQL so it can be filtered and counted.
 */
export function alumniRows(tenantId: string) {
  return Prisma.sql`
    SELECT 'm:' || m.id AS key, 'member' AS kind, m.id,
           COALESCE(p."displayName", CASE WHEN ${gone} THEN NULL ELSE u.name END) AS name,
           COALESCE(${staffSees("nameKana")}, r."nameKana") AS "nameKana",
           CASE WHEN ${gone} THEN NULL ELSE u.email END AS email,
           COALESCE(${staffSees("department")}, r.department) AS department,
           COALESCE(${staffSees("leftOn")}, r."leftOn") AS "leftOn",
           m."createdAt" AS "registeredAt", lower(m.status::text) AS state,
           CASE WHEN p.visibility->>'openToReturn' = 'PRIVATE' THEN NULL ELSE p."openToReturn" END AS "openToReturn",
           r.id IS NOT NULL AS "rosterMatched",
           -- What a search looks in: the profile as staff may see it (docs/decisions/011), the roster's name and
           -- kana, and the account's name unless the person has gone.
           concat_ws(' ', p."searchStaff", kizuna_fold(concat_ws(' ', r.name, r."nameKana", CASE WHEN ${gone} THEN NULL ELSE u.name END))) AS search
    FROM "Membership" m
    JOIN "User" u ON u.id = m."userId"
    LEFT JOIN "AlumniProfile" p ON p."tenantId" = m."tenantId" AND p."membershipId" = m.id
    LEFT JOIN "RosterEntry" r ON r."tenantId" = m."tenantId" AND r."membershipId" = m.id
    WHERE m."tenantId" = ${tenantId} AND m.role = 'ALUMNI' AND m.status <> 'REJECTED'
    UNION ALL
    SELECT 'r:' || r.id, 'roster', r.id, r.name, r."nameKana", r.email, r.department, r."leftOn", NULL,
           ${ROSTER_STATE}, NULL, NULL, kizuna_fold(concat_ws(' ', r.name, r."nameKana"))
    FROM "RosterEntry" r ${LATEST_INVITATION}
    WHERE r."tenantId" = ${tenantId} AND r."membershipId" IS NULL`;
}

/** The filters as SQL conditions over alumniRows' columns (also how a segment decides who is in it). */
export function alumniWhere(filters: Omit<AlumniFilters, "after">, timeZone: string): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  for (const term of searchTerms(filters.q)) {
    const pattern = containsPattern(term);
    conditions.push(Prisma.sql`(search ILIKE ${pattern} OR email ILIKE ${pattern})`);
  }
  if (filters.openToReturn) {
    conditions.push(filters.openToReturn === "yes" ? Prisma.sql`"openToReturn" IS TRUE` : Prisma.sql`"openToReturn" IS FALSE`);
  }
  if (filters.roster) {
    conditions.push(Prisma.sql`kind = 'member' AND "rosterMatched" = ${filters.roster === "matched"}`);
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
  // Registration days are the company's calendar days, as the list shows them.
  const dayStart = (day: string, plusDays = 0) => atLocalHour(new Date(Date.parse(`${day}T00:00:00Z`) + plusDays * 86_400_000), 0, timeZone);
  if (filters.registeredFrom) {
    conditions.push(Prisma.sql`"registeredAt" >= ${dayStart(filters.registeredFrom)}`);
  }
  if (filters.registeredTo) {
    conditions.push(Prisma.sql`"registeredAt" < ${dayStart(filters.registeredTo, 1)}`);
  }
  return conditions;
}

function whereFilters(filters: AlumniFilters, timeZone: string) {
  const conditions = alumniWhere(filters, timeZone);
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

// Most recent leavers first (no leave date last), then a stable key: the page cursor is "<leave date>|<key>".
const SORT_FLOOR = "0001-01-01";

function parseCursor(after?: string): { sortDay: string; key: string } | null {
  const match = after?.match(/^(\d{4}-\d{2}-\d{2})\|([mr]:[A-Za-z0-9_-]+)$/);
  // A hand-edited cursor with an impossible date starts from the top rather than failing.
  return match && z.iso.date().safeParse(match[1]).success ? { sortDay: match[1]!, key: match[2]! } : null;
}

/** One page of the alumni list with the filters applied, and how many match in all. */
export async function listAlumni(context: TenantContext, filters: AlumniFilters) {
  const rows = alumniRows(context.tenant.id);
  const where = whereFilters(filters, context.tenant.timezone);
  const cursor = parseCursor(filters.after);
  const sortDay = Prisma.sql`COALESCE("leftOn", ${SORT_FLOOR}::date)`;
  const afterCursor = cursor
    ? Prisma.sql`WHERE ${sortDay} < ${cursor.sortDay}::date OR (${sortDay} = ${cursor.sortDay}::date AND key > ${cursor.key})`
    : Prisma.empty;
  const [page, count] = await Promise.all([
    db.$queryRaw<AlumniRow[]>`
      SELECT key, kind, id, name, "nameKana", email, department, "leftOn", "registeredAt", state, "openToReturn", "rosterMatched"
      FROM (SELECT * FROM (${rows}) a ${where}) f ${afterCursor}
      ORDER BY ${sortDay} DESC, key ASC
      LIMIT ${ALUMNI_PAGE_SIZE + 1}`,
    countAlumni(context, filters, rows, where),
  ]);
  const more = page.length > ALUMNI_PAGE_SIZE;
  const shown = page.slice(0, ALUMNI_PAGE_SIZE);
  const last = shown[shown.length - 1];
  const nextAfter = more && last ? `${last.leftOn ? last.leftOn.toISOString().slice(0, 10) : SORT_FLOOR}|${last.key}` : null;
  return { rows: shown, total: count, nextAfter };
}

/**
 * How many match: with no filter but the state, from the per-state counts (indexes alone, shared with the
 * dashboard in the same request); otherwise by counting the filtered rows.
 */
async function countAlumni(context: TenantContext, filters: AlumniFilters, rows: Prisma.Sql, where: Prisma.Sql): Promise<number> {
  if (ALUMNI_FILTER_KEYS.every((key) => key === "status" || filters[key] === undefined)) {
    const counts = await alumniStateCounts(context);
    return filters.status ? counts[filters.status] : Object.values(counts).reduce((a, b) => a + b, 0);
  }
  const [{ count }] = await db.$queryRaw<[{ count: number }]>`SELECT count(*)::int AS count FROM (${rows}) a ${where}`;
  return count;
}

/** The departments people on the list belong to, for the department filter. */
export async function alumniDepartments(context: TenantContext): Promise<string[]> {
  const rows = await db.$queryRaw<{ department: string }[]>`
    SELECT DISTINCT department FROM (
      SELECT department FROM "RosterEntry" WHERE "tenantId" = ${context.tenant.id} AND department IS NOT NULL
      UNION SELECT department FROM "AlumniProfile" WHERE "tenantId" = ${context.tenant.id} AND department IS NOT NULL
        AND visibility->>'department' IS DISTINCT FROM 'PRIVATE'
    ) d ORDER BY department`;
  return rows.map((r) => r.department);
}
