// `npm run dev`: like `npm start`, with `next dev` (hot reload) instead of a production build.
import { parseEnv } from "../env";
import { prepareRuntime } from "./prepare";
import { launch, nextListenArgs } from "./processes";
import { serveUntilStopped } from "./serve";
import { demoAccountsTable, seedIfEmpty } from "../../prisma/seed/index";

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const runtime = await prepareRuntime({ appPort: port });
  parseEnv();
  await seedIfEmpty(runtime.databaseUrl);
  const next = launch("next", ["dev", ...nextListenArgs(port)], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  console.log(`\n${demoAccountsTable(`http://localhost:${port}`)}\n`);
  await serveUntilStopped(next, runtime.embedded);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
