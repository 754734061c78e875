import { db } from "@/lib/db";

// A fingerprint of everything one company owns, read with raw SQL so no application code (and no forgotten
// `where tenantId`) sits between the attack and the check: every table with a "tenantId" column (found in the
// catalog, so a new table is included without anyone remembering), the tenant row, its members' accounts,
// sessions and pending email changes, bounce blocks on its addresses, and queued jobs that name any of its rows.

let tables: Promise<string[]> | null = null;

/** Every table in the application's schema that has a "tenantId" column. */
export function tenantScopedTables(): Promise<string[]> {
  tables ??= db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_name = 'tenantId' ORDER BY table_name`.then((rows) => rows.map((r) => r.table_name));
  return tables;
}

// One row per table: its name and a hash of its rows' text (with the row count, for a readable difference).
const fingerprint = (name: string, from: string) =>
  `SELECT '${name}' AS t, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) || ':' || count(*) AS fingerprint FROM ${from}`;

export type Snapshot = Record<string, string>;

/** `markers`: the company's row ids (secretsOf), to find queued jobs about its rows. */
export async function snapshotOf(tenantId: string, markers: readonly string[]): Promise<Snapshot> {
  const members = `(SELECT "userId" FROM "Membership" WHERE "tenantId" = $1)`;
  const parts = (await tenantScopedTables()).map((t) => fingerprint(t, `"${t}" x WHERE x."tenantId" = $1`));
  parts.push(
    fingerprint("Tenant", `"Tenant" x WHERE x.id = $1`),
    fingerprint("User", `"User" x WHERE x.id IN ${members}`),
    fingerprint("Session", `"Session" x WHERE x."userId" IN ${members}`),
    fingerprint("Account", `"Account" x WHERE x."userId" IN ${members}`),
    fingerprint("EmailChange", `"EmailChange" x WHERE x."userId" IN ${members}`),
    fingerprint("EmailSuppression", `"EmailSuppression" x WHERE x.email IN (SELECT email FROM "RosterEntry" WHERE "tenantId" = $1 UNION SELECT email FROM "User" WHERE id IN ${members})`),
    fingerprint("pgboss.job", `pgboss.job x WHERE x.data::text ~ $2`),
  );
  const rows = await db.$queryRawUnsafe<{ t: string; fingerprint: string }[]>(parts.join(" UNION ALL "), tenantId, markerPattern(markers));
  return Object.fromEntries(rows.map((r) => [r.t, r.fingerprint]));
}

// One regular expression for all markers: a single pass over each job's data. Ids and addresses are escaped.
function markerPattern(markers: readonly string[]): string {
  return markers.length ? markers.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|") : "(?!)";
}

/** The tables whose fingerprint differs between two snapshots. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}

/** Strings that would betray the company if they appeared in an answer to someone else: its row ids and addresses. */
export async function secretsOf(tenantId: string): Promise<string[]> {
  const parts = (await tenantScopedTables()).map((t) => `SELECT to_jsonb(x)->>'id' AS s FROM "${t}" x WHERE x."tenantId" = $1`);
  parts.push(`SELECT email FROM "User" WHERE id IN (SELECT "userId" FROM "Membership" WHERE "tenantId" = $1)`);
  parts.push(`SELECT email FROM "RosterEntry" WHERE "tenantId" = $1 AND email IS NOT NULL`);
  const rows = await db.$queryRawUnsafe<{ s: string | null }[]>(parts.join(" UNION "), tenantId);
  return rows.map((r) => r.s).filter((s): s is string => !!s && s.length >= 8);
}
