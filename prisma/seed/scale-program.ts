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
      // Data loaded before the invitations step existed gets them now.
      await seedScaleInvitations(client, log);
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
    // Each member's last active day, as lib/activity/record.ts keeps it.
    await step("last active days", `
      UPDATE "Membership" m SET "lastActiveOn" = a.last
      FROM (SELECT "membershipId", max(day) AS last FROM "MemberActivity" WHERE "tenantId" = $1 GROUP BY 1) a
      WHERE m."tenantId" = $1 AND m.id = a."membershipId"`, [TENANT]);
    await client.query(`DELETE FROM "User" WHERE email = $1`, [SCALE_HR.email]);
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "emailVerified", "updatedAt") VALUES ('scu-hr', $1, $2, $3, now(), now())`, [
      SCALE_HR.email, SCALE_HR.name, await hashPassword(SCALE_HR.password),
    ]);
    await client.query(`INSERT INTO "Membership" (id, "tenantId", "userId", role, "updatedAt") VALUES ('scm-hr', $1, 'scu-hr', 'HR', now())`, [TENANT]);
    await client.query("COMMIT");
    await seedScaleInvitations(client, log);
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

/**
 * Invitations as a program has them after a few years: everyone who joined accepted one (a tenth after a first
 * that expired); of those who never joined, a third were never invited, the rest hold a pending, expired,
 * bounced, scheduled or revoked one (a fifth of them with an older expired one before it). Idempotent.
 */
async function seedScaleInvitations(client: pg.Client, log: (line: string) => void): Promise<void> {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Invitation" WHERE "tenantId" = $1`, [TENANT]);
  if (rows[0].n > 0) {
    return;
  }
  const t = performance.now();
  await client.query("BEGIN");
  await client.query("SET LOCAL synchronous_commit = off");
  const columns = `id, "tenantId", "rosterEntryId", email, nonce, status, "expiresAt", "scheduledFor", "sentAt", "openedAt", "acceptedAt", "revokedAt", "bouncedAt", "createdById", "createdAt", "updatedAt"`;
  // Joined: accepted the day they joined, sent a week before; every tenth had an earlier one that expired.
  const joined = await client.query(`
    INSERT INTO "Invitation" (${columns})
    SELECT 'sci-a' || r.id, r."tenantId", r.id, 'member@scale.example', 'n', 'ACCEPTED'::"InvitationStatus", m."createdAt" + interval '7 days', NULL::timestamp,
           m."createdAt" - interval '7 days', m."createdAt" - interval '6 days', m."createdAt", NULL::timestamp, NULL::timestamp, 'scu-hr', m."createdAt" - interval '7 days', now()
    FROM "RosterEntry" r JOIN "Membership" m ON m."tenantId" = r."tenantId" AND m.id = r."membershipId"
    WHERE r."tenantId" = $1
    UNION ALL
    SELECT 'sci-e' || r.id, r."tenantId", r.id, 'member@scale.example', 'n', 'SENT'::"InvitationStatus", m."createdAt" - interval '30 days', NULL::timestamp,
           m."createdAt" - interval '44 days', NULL::timestamp, NULL::timestamp, NULL::timestamp, NULL::timestamp, 'scu-hr', m."createdAt" - interval '44 days', now()
    FROM "RosterEntry" r JOIN "Membership" m ON m."tenantId" = r."tenantId" AND m.id = r."membershipId"
    WHERE r."tenantId" = $1 AND abs(hashtext(r.id)) % 10 = 0`, [TENANT]);
  // Never joined: by a hash of the entry, 0–3 never invited, then pending (sent), expired, bounced, scheduled, revoked.
  const open = await client.query(`
    INSERT INTO "Invitation" (${columns})
    SELECT 'sci-o' || r.id, r."tenantId", r.id, 'former@scale.example', 'n',
           (CASE k WHEN 4 THEN 'SENT' WHEN 5 THEN 'SENT' WHEN 6 THEN 'SENT' WHEN 7 THEN 'BOUNCED' WHEN 8 THEN 'PENDING' ELSE 'REVOKED' END)::"InvitationStatus",
           CASE k WHEN 5 THEN now() - interval '20 days' WHEN 6 THEN now() - interval '200 days' WHEN 8 THEN now() + interval '60 days' ELSE now() + interval '10 days' END,
           CASE WHEN k = 8 THEN now() + interval '30 days' END,
           CASE WHEN k <> 8 THEN now() - interval '20 days' END,
           CASE WHEN k = 4 THEN now() - interval '19 days' END, NULL::timestamp,
           CASE WHEN k = 9 THEN now() - interval '5 days' END,
           CASE WHEN k = 7 THEN now() - interval '20 days' END,
           'scu-hr', now() - interval '20 days', now()
    FROM (SELECT r.*, abs(hashtext(r.id)) % 10 AS k FROM "RosterEntry" r WHERE r."tenantId" = $1 AND r."membershipId" IS NULL) r
    WHERE k >= 4
    UNION ALL
    SELECT 'sci-p' || r.id, r."tenantId", r.id, 'former@scale.example', 'n', 'SENT'::"InvitationStatus", now() - interval '300 days', NULL::timestamp,
           now() - interval '330 days', NULL::timestamp, NULL::timestamp, NULL::timestamp, NULL::timestamp, 'scu-hr', now() - interval '330 days', now()
    FROM "RosterEntry" r WHERE r."tenantId" = $1 AND r."membershipId" IS NULL AND abs(hashtext(r.id)) % 10 >= 4 AND abs(hashtext(r.id || 'p')) % 5 = 0`, [TENANT]);
  await client.query("COMMIT");
  // As autovacuum leaves a table in steady use: statistics, and the visibility map index-only scans rely on.
  await client.query(`VACUUM (ANALYZE) "Invitation", "RosterEntry", "Membership", "MemberActivity"`);
  log(`  invitations: ${(joined.rowCount ?? 0) + (open.rowCount ?? 0)} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
