// `npm start`: the product on one machine. Starts PostgreSQL (embedded unless DATABASE_URL is set), applies
// migrations, seeds the demo company on an empty database, builds when the sources changed, runs `next start`.
import { parseEnv } from "../env";
import { buildIfNeeded } from "./build";
import { prepareRuntime } from "./prepare";
import { launch, nextListenArgs } from "./processes";
import { serveUntilStopped } from "./serve";
import { demoAccountsTable, seedIfEmpty } from "../../prisma/seed/index";

async function main() {
  const started = performance.now();
  const port = Number(process.env.PORT ?? 3000);
  const runtime = await prepareRuntime({ appPort: port });
  const envCheck = (() => {
    try {
      parseEnv();
      return null;
    } catch (error) {
      return error as Error;
    }
  })();
  if (envCheck) {
    console.error(envCheck.message);
    await runtime.embedded?.stop();
    process.exit(1);
  }

  const [seeded] = await Promise.all([seedIfEmpty(runtime.databaseUrl), buildIfNeeded(console.log)]);
  if (seeded) {
    console.log("Demo data created (株式会社かなでテクノロジーズ at /demo, ~200 alumni).");
  }

  const baseUrl = process.env.AUTH_URL ?? `http://localhost:${port}`;
  const next = launch("next", ["start", ...nextListenArgs(port)], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  console.log(`\nKizuna is starting at ${baseUrl} (prepared in ${((performance.now() - started) / 1000).toFixed(1)}s)\n`);
  console.log(demoAccountsTable(baseUrl));
  console.log(process.env.KIZUNA_DEV_TOOLS === "1" ? `\nEmail goes to the local outbox: ${baseUrl}/dev/mail\n` : "");
  await serveUntilStopped(next, runtime.embedded);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
