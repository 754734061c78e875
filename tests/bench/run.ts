// `npm run bench [name…]`: builds if needed, starts a production server on its own database (embedded on
// port 54332 + KIZUNA_TEST_PORT_OFFSET unless DATABASE_URL is set), runs the named benchmarks (all by default), prints a table and writes
// .data/bench/latest.json. Exits non-zero only when the harness itself fails, not when a target is missed.
import type { ChildProcess } from "node:child_process";
import { parseEnv } from "../../lib/env";
import { buildIfNeeded } from "../../lib/runtime/build";
import type { EmbeddedDatabase } from "../../lib/runtime/embedded-postgres";
import { prepareRuntime } from "../../lib/runtime/prepare";
import { seedIfEmpty } from "../../prisma/seed/index";
import type { Benchmark, BenchContext, Result } from "./benchmark";
import { BENCHMARKS } from "./benchmarks/index";
import { formatTable, writeLatest } from "./report";
import { BENCH_APP_PORT, BENCH_DATABASE } from "./database";
import { answers, startNext, stopProcess, waitForOk } from "./server";
import { signIn } from "./session";

const PORT = BENCH_APP_PORT;
const BASE_URL = `http://localhost:${PORT}`;

let next: ChildProcess | null = null;
let embedded: EmbeddedDatabase | null = null;

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number (got ${raw})`);
  }
  return value;
}

function select(names: string[]): Benchmark[] {
  const unknown = names.filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length > 0) {
    throw new Error(`Unknown benchmark(s): ${unknown.join(", ")}. Known: ${BENCHMARKS.map((b) => b.name).join(", ")}`);
  }
  return names.length === 0 ? BENCHMARKS : BENCHMARKS.filter((b) => names.includes(b.name));
}

async function cleanup(): Promise<void> {
  if (next) {
    await stopProcess(next);
    next = null;
  }
  if (embedded) {
    await embedded.stop().catch(() => undefined);
    embedded = null;
  }
}

async function main(): Promise<number> {
  const selected = select(process.argv.slice(2));
  const ctx: BenchContext = {
    baseUrl: BASE_URL,
    databaseUrl: "",
    durationSeconds: positiveInt("BENCH_DURATION", 10),
    connections: positiveInt("BENCH_CONNECTIONS", 10),
    signIn: (email, password) => signIn(BASE_URL, email, password),
    serverPid: null,
  };
  if ((await answers(`${BASE_URL}/api/health`)) !== null) {
    throw new Error(`Something is already listening on port ${PORT}; stop it first.`);
  }

  const runtime = await prepareRuntime({ appPort: PORT, ...BENCH_DATABASE });
  embedded = runtime.embedded;
  ctx.databaseUrl = runtime.databaseUrl;
  parseEnv();
  const [seeded] = await Promise.all([seedIfEmpty(runtime.databaseUrl), buildIfNeeded(console.log)]);
  console.log(seeded ? "Demo data created in the bench database." : "Bench database already has data.");

  // Counts the SQL statements each request sends (read by the directory benchmark at /api/dev/statements).
  process.env.KIZUNA_COUNT_STATEMENTS = "1";
  const server = startNext(PORT);
  next = server.child;
  ctx.serverPid = server.child.pid ?? null;
  try {
    await waitForOk(`${BASE_URL}/api/health`, server.child);
  } catch (error) {
    console.error(server.output());
    throw error;
  }
  console.log(`next start ready at ${BASE_URL}; ${ctx.durationSeconds}s × ${ctx.connections} connections per benchmark\n`);

  const results: Result[] = [];
  const failures: string[] = [];
  for (const benchmark of selected) {
    console.log(`▶ ${benchmark.name}: ${benchmark.description}`);
    try {
      results.push(...(await benchmark.run(ctx)));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push(`${benchmark.name}: ${message}`);
      console.error(`  ✗ ${message}`);
    }
  }

  console.log(`\n${formatTable(results)}\n`);
  console.log(`Wrote ${await writeLatest(results)}`);
  const missed = results.filter((r) => !r.ok).length;
  console.log(missed > 0 ? `${missed} figure(s) missed their target.` : "All figures within target.");
  if (failures.length > 0) {
    console.error(`Benchmark(s) could not run:\n  ${failures.join("\n  ")}`);
    return 1;
  }
  return 0;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void cleanup().finally(() => process.exit(130));
  });
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  })
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  });
