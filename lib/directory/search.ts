import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { visibleTo } from "@/lib/alumni/visibility";
import { containsPattern, indexable, searchTerms } from "@/lib/search/terms";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { decodeCursor, encodeCursor, type SortKey } from "./cursor";
import { effectiveSort, type DirectoryFilters, type DirectorySort } from "./filters";

export const DIRECTORY_PAGE_SIZE = 20;

type Row = {
  id: string;
  displayName: string;
  nameKana: string | null;
  nameRomaji: string | null;
  department: string | null;
  joinedOn: Date | null;
  leftOn: Date | null;
  currentCompany: string | null;
  currentTitle: string | null;
  industry: string | null;
  location: string | null;
  skills: string[];
  visibility: unknown;
  avatarVersion: string | null;
  rank: number;
  sortValue: string;
};

const sees = (field: string) => Prisma.sql`kizuna_sees(false, p.visibility, ${field})`;

// The company's index keys a matching profile must hold (migration 20261129130000, decision 015): each word's
// bigrams and each filter value, "<tenantId> <key>". One GIN probe intersects them, reading only this company's
// postings; the conditions below then decide exactly.
function indexKeys(tenantId: string, filters: DirectoryFilters): Prisma.Sql | null {
  const keys: Prisma.Sql[] = [];
  for (const term of searchTerms(filters.q)) {
    if (indexable(term)) {
      keys.push(Prisma.sql`kizuna_tenant_keys(${tenantId}, '', kizuna_bigrams(kizuna_fold(${term})))`);
    }
  }
  for (const [field, kind] of [["department", "department="], ["industry", "industry="], ["location", "location="], ["skill", "skill="], ["interest", "interest="]] as const) {
    const value = filters[field];
    if (value !== undefined) {
      keys.push(Prisma.sql`kizuna_tenant_keys(${tenantId}, ${kind}, ARRAY[${value}]::text[])`);
    }
  }
  return keys.length ? Prisma.sql`p."searchKeys" @> (${Prisma.join(keys, " || ")})` : null;
}

// Every filter is on a field as alumni may see it: a value its owner hid from alumni never matches.
function filterConditions(tenantId: string, filters: DirectoryFilters): Prisma.Sql[] {
  const keys = indexKeys(tenantId, filters);
  const conditions: Prisma.Sql[] = keys ? [keys] : [];
  for (const term of searchTerms(filters.q)) {
    // The ILIKE decides (the bigrams only narrow), and alone handles 1-character terms.
    conditions.push(Prisma.sql`p."searchAlumni" ILIKE ${containsPattern(term)}`);
  }
  for (const field of ["department", "industry", "location"] as const) {
    const value = filters[field];
    if (value !== undefined) {
      conditions.push(Prisma.sql`${Prisma.raw(`p."${field}"`)} = ${value} AND ${sees(field)}`);
    }
  }
  if (filters.skill !== undefined) {
    conditions.push(Prisma.sql`p.skills @> ARRAY[${filters.skill}]::text[] AND ${sees("skills")}`);
  }
  if (filters.interest !== undefined) {
    conditions.push(Prisma.sql`p.interests @> ARRAY[${filters.interest}]::text[] AND ${sees("interests")}`);
  }
  const years = [
    ["joinedFrom", Prisma.sql`p."joinedOn" >= make_date(${filters.joinedFrom}::int, 1, 1)`, "joinedOn"],
    ["joinedTo", Prisma.sql`p."joinedOn" < make_date(${filters.joinedTo}::int + 1, 1, 1)`, "joinedOn"],
    ["leftFrom", Prisma.sql`p."leftOn" >= make_date(${filters.leftFrom}::int, 1, 1)`, "leftOn"],
    ["leftTo", Prisma.sql`p."leftOn" < make_date(${filters.leftTo}::int + 1, 1, 1)`, "leftOn"],
  ] as const;
  for (const [key, condition, field] of years) {
    if (filters[key] !== undefined) {
      conditions.push(Prisma.sql`${condition} AND ${sees(field)}`);
    }
  }
  return conditions;
}

// Relevance: a name starting with the first word, then a name containing it, then a match elsewhere. Only an
// ordering hint, so it compares the names as stored (no folding): a much smaller expression to plan per request.
function rankOf(terms: string[]): Prisma.Sql {
  const first = terms[0];
  if (!first) {
    return Prisma.sql`0`;
  }
  const name = Prisma.sql`concat_ws(' ', p."displayName", CASE WHEN ${sees("nameKana")} THEN p."nameKana" END, CASE WHEN ${sees("nameRomaji")} THEN p."nameRomaji" END)`;
  const pattern = containsPattern(first);
  return Prisma.sql`CASE WHEN (' ' || ${name}) ILIKE ('% ' || substr(${pattern}, 2)) THEN 0 WHEN ${name} ILIKE ${pattern} THEN 1 ELSE 2 END`;
}

type Order = { column: Prisma.Sql; cast: Prisma.Sql; descending: boolean; ranked: boolean };

const ORDERS: Record<DirectorySort, Order> = {
  relevance: { column: Prisma.sql`"sortActive"`, cast: Prisma.sql`timestamp(3)`, descending: true, ranked: true },
  recent: { column: Prisma.sql`"sortActive"`, cast: Prisma.sql`timestamp(3)`, descending: true, ranked: false },
  leaveYear: { column: Prisma.sql`"sortLeft"`, cast: Prisma.sql`date`, descending: true, ranked: false },
  name: { column: Prisma.sql`"sortName"`, cast: Prisma.sql`text`, descending: false, ranked: false },
};

/** Rows strictly beyond the boundary in the direction of reading (`forward` false: the page before it). */
function beyond(order: Order, key: SortKey, forward: boolean): Prisma.Sql {
  const later = order.descending === forward ? Prisma.sql`<` : Prisma.sql`>`;
  const tuple = Prisma.sql`(${order.column}, id) ${later} (${key.value}::${order.cast}, ${key.id})`;
  if (!order.ranked) {
    return tuple;
  }
  const rankAfter = forward ? Prisma.sql`>` : Prisma.sql`<`;
  return Prisma.sql`(rank ${rankAfter} ${key.rank} OR (rank = ${key.rank} AND ${tuple}))`;
}

function orderBy(order: Order, forward: boolean): Prisma.Sql {
  const direction = Prisma.raw(order.descending === forward ? "DESC" : "ASC");
  const rank = order.ranked ? Prisma.sql`rank ${Prisma.raw(forward ? "ASC" : "DESC")}, ` : Prisma.empty;
  return Prisma.sql`ORDER BY ${rank}${order.column} ${direction}, id ${direction}`;
}

/**
 * One page of the directory: active alumni of this company matching every word and filter, each profile cut to
 * what its owner shows alumni. One SQL statement; keyset paging both ways (`after` / `before` cursors).
 */
export async function searchDirectory(context: TenantContext, filters: DirectoryFilters) {
  const sort = effectiveSort(filters);
  const order = ORDERS[sort];
  const after = decodeCursor(filters.after, sort);
  const before = after ? null : decodeCursor(filters.before, sort);
  const forward = !before;
  const boundary = after ?? before;
  const conditions = filterConditions(context.tenant.id, filters);

  const rows = await db.$queryRaw<Row[]>`
    SELECT id, "displayName", "nameKana", "nameRomaji", department, "joinedOn", "leftOn", "currentCompany",
           "currentTitle", industry, location, skills, visibility, "avatarVersion", "sortValue", rank
    FROM (
      SELECT p.id, p."displayName", p."nameKana", p."nameRomaji", p.department, p."joinedOn", p."leftOn",
             p."currentCompany", p."currentTitle", p.industry, p.location, p.skills, p.visibility,
             a.version AS "avatarVersion", p."sortActive", p."sortLeft", p."sortName",
             ${order.column}::text AS "sortValue", ${order.ranked ? rankOf(searchTerms(filters.q)) : Prisma.sql`0`} AS rank
      FROM "AlumniProfile" p
      JOIN "Membership" m ON m."tenantId" = p."tenantId" AND m.id = p."membershipId"
      LEFT JOIN "ProfileAvatar" a ON a."tenantId" = p."tenantId" AND a."profileId" = p.id
      WHERE p."tenantId" = ${context.tenant.id} AND m.status = 'ACTIVE' AND m.role = 'ALUMNI'
        ${conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty}
    ) p
    ${boundary ? Prisma.sql`WHERE ${beyond(order, boundary, forward)}` : Prisma.empty}
    ${orderBy(order, forward)}
    LIMIT ${DIRECTORY_PAGE_SIZE + 1}`;

  const more = rows.length > DIRECTORY_PAGE_SIZE;
  const page = rows.slice(0, DIRECTORY_PAGE_SIZE);
  if (!forward) {
    page.reverse();
  }
  const keyOf = (row: Row) => encodeCursor({ sort, rank: Number(row.rank), value: row.sortValue, id: row.id });
  const first = page[0];
  const last = page[page.length - 1];
  return {
    sort,
    people: page.map(toCard),
    // Reading forward, there is a page before whenever we started from a cursor; reading back, one after.
    next: last && (forward ? more : true) ? keyOf(last) : null,
    previous: first && (forward ? Boolean(boundary) : more) ? keyOf(first) : null,
  };
}

function toCard({ avatarVersion, rank: _rank, sortValue: _sortValue, ...row }: Row) {
  const profile = visibleTo({ ...row, avatar: avatarVersion ? { version: avatarVersion } : null }, "ALUMNI");
  return profile;
}

export type DirectoryCard = ReturnType<typeof toCard>;
