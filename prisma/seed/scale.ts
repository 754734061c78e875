// The benchmark's scale data (`npm run seed:scale`): one company with 100,000 alumni and 90 more with 10,000
// members each (1,000,000 memberships in all, 370,000 profiles), generated inside PostgreSQL with
// INSERT … SELECT over generate_series, from the demo's word lists. Idempotent: a second run finds it and stops.
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { INTERESTS } from "../../lib/alumni/interests";
import { BIOS, DEPARTMENTS, EMPLOYERS, ENGLISH_NAMES, FAMILY_NAMES, GIVEN_NAMES, LOCATIONS, SKILLS, TITLES } from "./vocabulary";

export const SCALE = {
  slug: "scale",
  alumni: 100_000,
  otherTenants: 90,
  membersPerOtherTenant: 10_000,
  // Others fill in their profile about a third of the time.
  otherProfileShare: 3,
  benchAccount: { email: "bench@scale.kizuna.test", password: "kizuna-demo", name: "田中 ベンチ" },
} as const;

const TOTAL = SCALE.alumni + SCALE.otherTenants * SCALE.membersPerOtherTenant;

// Non-unique indexes of AlumniProfile, as the migrations create them: dropped for the load, built once after it.
const PROFILE_INDEXES = [
  `CREATE INDEX "AlumniProfile_tenantId_department_idx" ON "AlumniProfile"("tenantId", "department")`,
  `CREATE INDEX "AlumniProfile_tenantId_leftOn_idx" ON "AlumniProfile"("tenantId", "leftOn")`,
  `CREATE INDEX "AlumniProfile_searchKeys_idx" ON "AlumniProfile" USING GIN ("searchKeys" array_ops)`,
  `CREATE INDEX "AlumniProfile_tenantId_sortActive_id_idx" ON "AlumniProfile"("tenantId", "sortActive", "id")`,
  `CREATE INDEX "AlumniProfile_tenantId_sortName_id_idx" ON "AlumniProfile"("tenantId", "sortName", "id")`,
  `CREATE INDEX "AlumniProfile_tenantId_sortLeft_id_idx" ON "AlumniProfile"("tenantId", "sortLeft", "id")`,
];
const indexName = (sql: string) => sql.match(/INDEX "([^"]+)"/)![1]!;

// r(salt): a stable pseudo-random non-negative integer per row; pick(array, salt): an element of the array.
const r = (salt: number) => `abs(hashint4(g * 37 + ${salt}))`;
const pick = (param: string, salt: number) => `(${param})[1 + ${r(salt)} % cardinality(${param})]`;
const tenantOf = `CASE WHEN g <= ${SCALE.alumni} THEN 'sct0' ELSE 'sct' || (1 + (g - ${SCALE.alumni + 1}) / ${SCALE.membersPerOtherTenant}) END`;

const words = [
  FAMILY_NAMES.map((f) => f[0]), FAMILY_NAMES.map((f) => f[1]), FAMILY_NAMES.map((f) => f[2]),
  GIVEN_NAMES.map((f) => f[0]), GIVEN_NAMES.map((f) => f[1]), GIVEN_NAMES.map((f) => f[2]),
  [...ENGLISH_NAMES], [...DEPARTMENTS], EMPLOYERS.map((e) => e[0]), EMPLOYERS.map((e) => e[1]), [...TITLES], [...LOCATIONS],
  [...SKILLS], BIOS.filter(Boolean), [...INTERESTS],
];

const PROFILES_SQL = `
INSERT INTO "AlumniProfile" (id, "tenantId", "membershipId", "displayName", "nameKana", "nameRomaji", department, "joinedOn", "leftOn",
  "currentCompany", "currentTitle", industry, location, skills, interests, bio, "openToReturn", visibility, "lastActiveAt", "createdAt", "updatedAt")
SELECT 'scp' || g, ${tenantOf}, 'scm' || g,
  CASE WHEN english THEN ${pick("$7::text[]", 1)} ELSE ($1::text[])[fi] || ' ' || ($4::text[])[gi] END,
  CASE WHEN english THEN NULL ELSE ($2::text[])[fi] || ' ' || ($5::text[])[gi] END,
  CASE WHEN english THEN ${pick("$7::text[]", 1)} ELSE ($6::text[])[gi] || ' ' || ($3::text[])[fi] END,
  ${pick("$8::text[]", 2)},
  make_date(join_year, 4, 1),
  make_date(LEAST(2025, join_year + 2 + ${r(3)} % 11), 1 + ${r(4)} % 12, 1 + ${r(5)} % 28),
  ($9::text[])[ei], ${pick("$11::text[]", 6)}, ($10::text[])[ei], ${pick("$12::text[]", 7)},
  ARRAY(SELECT DISTINCT ($13::text[])[1 + abs(hashint4(g * 7 + k)) % cardinality($13::text[])] FROM generate_series(1, 1 + ${r(8)} % 4) AS k),
  ARRAY(SELECT DISTINCT ($15::text[])[1 + abs(hashint4(g * 11 + k)) % cardinality($15::text[])] FROM generate_series(1, ${r(9)} % 3) AS k),
  CASE WHEN ${r(10)} % 5 = 0 THEN NULL ELSE ${pick("$14::text[]", 11)} END,
  ${r(12)} % 5 = 0,
  CASE WHEN ${r(13)} % 8 = 0 THEN '{"currentCompany": "STAFF"}'::jsonb ELSE '{}'::jsonb END
    || CASE WHEN ${r(14)} % 10 = 0 THEN '{"bio": "PRIVATE"}'::jsonb ELSE '{}'::jsonb END,
  CASE WHEN ${r(15)} % 10 < 7 THEN now() - make_interval(days => ${r(16)} % 120, secs => ${r(17)} % 86400) END,
  now(), now()
FROM (
  SELECT g, ${r(18)} % 100 < 12 AS english, 1 + ${r(19)} % cardinality($1::text[]) AS fi, 1 + ${r(20)} % cardinality($4::text[]) AS gi,
         1 + ${r(21)} % cardinality($9::text[]) AS ei, 1998 + ${r(22)} % 24 AS join_year
  FROM generate_series(1, ${TOTAL}) AS g
  WHERE g <= ${SCALE.alumni} OR g % 10 < ${SCALE.otherProfileShare}
) s`;

async function timed(client: pg.Client, label: string, sql: string, params: unknown[] = [], log: (line: string) => void) {
  const started = performance.now();
  const result = await client.query(sql, params);
  log(`  ${label}: ${result.rowCount ?? 0} rows, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Loads the scale data unless it is there already; returns whether it did. */
export async function seedScale(databaseUrl: string, log: (line: string) => void = console.log): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const existing = await client.query(`SELECT count(*)::int AS n FROM "AlumniProfile" WHERE "tenantId" = 'sct0'`);
    if (existing.rows[0].n >= SCALE.alumni) {
      log(`Scale data already present (${existing.rows[0].n} alumni in "${SCALE.slug}").`);
      return false;
    }
    const started = performance.now();
    log(`Loading scale data: ${SCALE.alumni} alumni in "${SCALE.slug}", ${TOTAL} memberships in ${SCALE.otherTenants + 1} companies…`);
    await client.query("BEGIN");
    await client.query("SET LOCAL synchronous_commit = off");
    await client.query("SET LOCAL maintenance_work_mem = '512MB'");
    // A half-finished earlier run leaves rows behind: start clean (everything hangs off the tenants).
    await client.query(`DELETE FROM "Tenant" WHERE id LIKE 'sct%'`);
    await client.query(`DELETE FROM "User" WHERE id LIKE 'scu%' OR email = $1`, [SCALE.benchAccount.email]);
    for (const sql of PROFILE_INDEXES) {
      await client.query(`DROP INDEX IF EXISTS "${indexName(sql)}"`);
    }
    await timed(client, "companies", `
      INSERT INTO "Tenant" (id, slug, name, "nameEn", "updatedAt")
      SELECT 'sct' || t, CASE WHEN t = 0 THEN '${SCALE.slug}' ELSE '${SCALE.slug}-' || t END,
             'スケール検証 ' || t || ' 株式会社', 'Scale Test ' || t || ' Inc.', now()
      FROM generate_series(0, ${SCALE.otherTenants}) AS t`, [], log);
    await timed(client, "accounts", `
      INSERT INTO "User" (id, email, name, "createdAt", "updatedAt")
      SELECT 'scu' || g, 'member' || g || '@scale.example', 'Member ' || g, now(), now() FROM generate_series(1, ${TOTAL}) AS g`, [], log);
    await timed(client, "memberships", `
      INSERT INTO "Membership" (id, "tenantId", "userId", role, status, "createdAt", "updatedAt")
      SELECT 'scm' || g, ${tenantOf}, 'scu' || g, 'ALUMNI',
             (CASE WHEN ${r(30)} % 40 = 0 THEN 'SUSPENDED' WHEN ${r(30)} % 40 = 1 THEN 'LEFT' ELSE 'ACTIVE' END)::"MembershipStatus",
             now() - make_interval(days => ${r(31)} % 1000), now()
      FROM generate_series(1, ${TOTAL}) AS g`, [], log);
    // Statistics for the rows just inserted (ANALYZE sees this transaction's own rows): without them the planner
    // keeps the demo's 200-row estimate, and the foreign-key check of every profile walks a whole company's
    // memberships instead of using the unique index (the profile load took 45 minutes instead of a few).
    await client.query(`ANALYZE "Tenant", "Membership"`);
    await timed(client, "profiles", PROFILES_SQL, words, log);
    for (const sql of PROFILE_INDEXES) {
      await timed(client, `index ${indexName(sql)}`, sql, [], log);
    }

    // The alumnus the benchmark signs in as.
    const { email, password, name } = SCALE.benchAccount;
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "emailVerified", "updatedAt") VALUES ('scu-bench', $1, $2, $3, now(), now())`, [email, name, await hashPassword(password)]);
    await client.query(`INSERT INTO "Membership" (id, "tenantId", "userId", role, "updatedAt") VALUES ('scm-bench', 'sct0', 'scu-bench', 'ALUMNI', now())`);
    await client.query(`
      INSERT INTO "AlumniProfile" (id, "tenantId", "membershipId", "displayName", department, "joinedOn", "leftOn", "updatedAt")
      VALUES ('scp-bench', 'sct0', 'scm-bench', $1, '営業部', '2012-04-01', '2019-03-31', now())`, [name]);
    await client.query("COMMIT");
    await timed(client, "analyze", `ANALYZE "User", "Membership", "AlumniProfile", "Tenant"`, [], log);
    log(`Scale data loaded in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
