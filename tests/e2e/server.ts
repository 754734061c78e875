// The server Playwright tests against: a fresh, seeded database (embedded unless DATABASE_URL is set, and then a
// separate `kizuna_e2e` database on that server), a production build, and `next start` on port 3100 (see tests/support/ports.ts).
import { writeFileSync } from "node:fs";
import { buildIfNeeded } from "../../lib/runtime/build";
import { ensureAuthSecret } from "../../lib/runtime/local-secrets";
import { launch, migrateDeploy, nextListenArgs } from "../../lib/runtime/processes";
import { serveUntilStopped } from "../../lib/runtime/serve";
import { seedIfEmpty } from "../../prisma/seed/index";
import { TEST_PORTS } from "../support/ports";
import { recreateDatabase, startTestServer, withDatabase } from "../support/test-database";

export const E2E_PORT = TEST_PORTS.e2eApp;
export const E2E_DATABASE_URL_FILE = ".data/e2e-database-url";

async function main() {
  ensureAuthSecret();
  // E2E reads mail from the local outbox, as a person on a local run would.
  delete process.env.RESEND_API_KEY;
  const { adminUrl, embedded } = await startTestServer(".data/e2e-postgres", TEST_PORTS.e2ePostgres);
  const databaseUrl = withDatabase(adminUrl, "kizuna_e2e");
  await recreateDatabase(adminUrl, "kizuna_e2e");
  await migrateDeploy(databaseUrl, true);
  await seedIfEmpty(databaseUrl);
  writeFileSync(E2E_DATABASE_URL_FILE, databaseUrl);
  await buildIfNeeded(console.log);

  process.env.KIZUNA_DEV_TOOLS = "1";
  const next = launch("next", ["start", ...nextListenArgs(E2E_PORT)], {
    env: {
      ...process.env,
      AUTH_URL: `http://localhost:${E2E_PORT}`,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      // The suite signs in a hundred times from one address; the limits themselves are tested in integration.
      KIZUNA_RATE_LIMIT_FACTOR: "100",
      // The custom-domain spec proves a *.test domain through a DNS server of its own.
      KIZUNA_DNS_SERVERS: `127.0.0.1:${TEST_PORTS.e2eDns}`,
      KIZUNA_ALLOW_TEST_DOMAINS: "1",
      // webhooks.spec.ts sends to a receiver it starts on this machine (decisions/029).
      KIZUNA_WEBHOOKS_ALLOW_LOOPBACK: "1",
      // The SSO test runs a real OpenID provider on this machine (tests/support/oidc-provider.ts).
      KIZUNA_SSO_ALLOW_LOOPBACK: "1",
    },
  });
  await serveUntilStopped(next, embedded);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
