// The scale company's program history, for the dashboard benchmark (issue #9): a roster (every member, plus a
// quarter more who never joined), a year of portal activity, an HR account, and a year of daily snapshots.
// Generated inside PostgreSQL; idempotent (a second run finds the roster and stops).
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { snapshotSql } from "../../lib/goals/snapshot-sql";
import { SCALE } from "./scale";

export const SCALE_HR = { email: "hr@scale.kizuna.test", password: "kizuna-demo", name: "人事 ベンチ" };

const TENANT = "sct0";

export async function seedScaleProgram(databaseUrl: string, log: (line: string) => void = console.log): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "RosterEntry" WHERE "tenantId" = $1`, [TENANT]);
    if (rows[0].n > 0) {
      log(`Scale program history already present (${rows[0].n} roster entries in "${SCALE.slug}").`);
      return false;
    }
    const started = performance.now();
    await client.query("BEGIN");
    await client.query("SET LOCAL synchronous_commit = off");
    const step = async (label: string, sql: string, params: unknown[] = []) => {
      const t = performance.now();
      const result = await client.query(sql, params);
      log(`  ${label}: ${result.rowCount ?? 0} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    };
    // Everyone who joined was on the roster a month before; a quarter as many again never joined.
    await step("roster (joined)", `
      INSERT INTO "RosterEntry" (id, "tenantId", name, "membershipId", "createdAt", "updatedAt")
      SELECT 'scr' || m.id, m."tenantId", 'Member', m.id, m."createdAt" - interval '30 days', now()
      FROM "Membership" m WHERE m."tenantId" = $1 AND m.role = 'ALUMNI'`, [TENANT]);
    await step("roster (not joined)", `
      INSERT INTO "RosterEntry" (id, "tenantId", name, "createdAt", "updatedAt")
      SELECT 'scr-n' || g, $1, 'Former employee ' || g, now() - make_interval(days => abs(hashint4(g)) % 1000), now()
      FROM generate_series(1, ${SCALE.alumni / 4}) AS g`, [TENANT]);
    // About half the members use the portal, each on 1–24 days of the last year.
    await step("activity", `
      INSERT INTO "MemberActivity" ("tenantId", "membershipId", day)
      SELECT m."tenantId", m.id, (now() AT TIME ZONE 'Asia/Tokyo')::date - (abs(hashint4(hashtext(m.id) + k)) % 365)
      FROM "Membership" m CROSS JOIN generate_series(0, 23) AS k
      WHERE m."tenantId" = $1 AND m.role = 'ALUMNI' AND abs(hashtext(m.id)) % 2 = 0 AND k <= abs(hashtext(m.id || 'k')) % 24
      ON CONFLICT DO NOTHING`, [TENANT]);
    await client.query(`DELETE FROM "User" WHERE email = $1`, [SCALE_HR.email]);
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "emailVerified", "updatedAt") VALUES ('scu-hr', $1, $2, $3, now(), now())`, [
      SCALE_HR.email, SCALE_HR.name, await hashPassword(SCALE_HR.password),
    ]);
    await client.query(`INSERT INTO "Membership" (id, "tenantId", "userId", role, "updatedAt") VALUES ('scm-hr', $1, 'scu-hr', 'HR', now())`, [TENANT]);
    await client.query("COMMIT");
    await client.query(`ANALYZE "RosterEntry", "MemberActivity"`);
    const today = new Date(`${new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(new Date())}T00:00:00Z`);
    const snapshot = snapshotSql(TENANT, "Asia/Tokyo", new Date(today.getTime() - 365 * 86_400_000), today);
    const t = performance.now();
    await client.query(snapshot.text, snapshot.values as unknown[]);
    log(`  snapshots: a year in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    log(`Scale program history loaded in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
