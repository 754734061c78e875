// `npm run seed:scale`: loads the benchmark's scale data (prisma/seed/scale.ts) into the bench database, then
// `npm run bench directory` measures against it. Never part of `npm test`.
import { prepareRuntime } from "../../lib/runtime/prepare";
import { seedIfEmpty } from "../../prisma/seed/index";
import { seedScale } from "../../prisma/seed/scale";
import { seedScaleProgram } from "../../prisma/seed/scale-program";
import { BENCH_APP_PORT, BENCH_DATABASE } from "./database";

async function main() {
  const runtime = await prepareRuntime({ appPort: BENCH_APP_PORT, ...BENCH_DATABASE });
  try {
    // The demo companies first: the other benchmarks sign in there, and they are only seeded into an empty database.
    await seedIfEmpty(runtime.databaseUrl);
    await seedScale(runtime.databaseUrl);
    await seedScaleProgram(runtime.databaseUrl);
  } finally {
    await runtime.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
