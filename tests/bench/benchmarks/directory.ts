import pg from "pg";
import { SCALE, seedScale } from "../../../prisma/seed/scale";
import { figure, type Benchmark, type BenchContext, type Result } from "../benchmark";
import { serverCpuPerRequest } from "../cpu";
import { measure } from "../load";

// Against the demo company by default (fast, no setup); with BENCH_SCALE=1 against the scale data
// (`npm run seed:scale`, loaded first if missing): 100,000 alumni in one company, 1,000,000 memberships in all.
const scale = process.env.BENCH_SCALE === "1";
const target = scale
  ? { slug: SCALE.slug, email: SCALE.benchAccount.email, password: SCALE.benchAccount.password }
  : { slug: "demo", email: "emily@demo.kizuna.test", password: "kizuna-demo" };
// Search plus two filters. 田中 is two characters: the hardest case for the index (one bigram, a common name).
const QUERY = `q=${encodeURIComponent("田中")}&location=${encodeURIComponent("東京都")}&department=${encodeURIComponent("営業部")}`;
const PATH = `/${target.slug}/people?${QUERY}`;
const MARKER = 'aria-labelledby="directory-results"';

type Recorded = { count: number; recent: { query: string; params: string }[] };

async function statements(ctx: BenchContext): Promise<Recorded> {
  const response = await fetch(new URL("/api/dev/statements", ctx.baseUrl));
  if (!response.ok) {
    throw new Error("GET /api/dev/statements answered " + response.status + " (the server must run with KIZUNA_COUNT_STATEMENTS=1)");
  }
  return (await response.json()) as Recorded;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/** The directory's own statement, straight through `pg`: one client in a loop, then `connections` clients at once. */
async function sqlFloor(ctx: BenchContext, query: string, params: unknown[], connections: number): Promise<{ p50: number; p95: number }> {
  const clients = await Promise.all(Array.from({ length: connections }, async () => {
    const client = new pg.Client({ connectionString: ctx.databaseUrl });
    await client.connect();
    return client;
  }));
  try {
    const latencies: number[] = [];
    const until = performance.now() + Math.min(5, ctx.durationSeconds) * 1000;
    await Promise.all(clients.map(async (client) => {
      while (performance.now() < until) {
        const started = performance.now();
        await client.query(query, params);
        latencies.push(performance.now() - started);
      }
    }));
    latencies.sort((a, b) => a - b);
    return { p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

export const directory: Benchmark = {
  name: "directory",
  description: `GET ${PATH} as a signed-in alumnus (${scale ? "scale data" : "demo data; BENCH_SCALE=1 for 100,000 alumni"})`,
  async run(ctx) {
    if (scale) {
      await seedScale(ctx.databaseUrl);
    }
    const cookie = await ctx.signIn(target.email, target.password);
    const get = async () => {
      const response = await fetch(new URL(PATH, ctx.baseUrl), { headers: { cookie }, redirect: "manual" });
      const body = await response.text();
      if (response.status !== 200 || !body.includes(MARKER)) {
        throw new Error(`GET ${PATH} answered ${response.status} without the directory`);
      }
    };
    // The first request also reads the filter choices (cached per company for a few minutes); later ones do not.
    const cold = await statements(ctx);
    await get();
    const warm = await statements(ctx);
    await get();
    const after = await statements(ctx);
    const perRequest = after.count - warm.count;
    const search = after.recent.slice(-perRequest).find((s) => s.query.includes("searchKeys") || s.query.includes("sortActive"));
    if (!search) {
      throw new Error("The directory's statement was not among those recorded");
    }
    const params = JSON.parse(search.params) as unknown[];
    console.log(`  statements of one request:\n${after.recent.slice(-perRequest).map((s) => `    ${s.query.replace(/\s+/g, " ").slice(0, 110)}`).join("\n")}`);

    const results: Result[] = [
      figure("directory statements/request", perRequest, "statements", { max: 10 }),
      figure("directory statements (first, cold cache)", warm.count - cold.count, "statements", { max: 10 }),
    ];
    const client = new pg.Client({ connectionString: ctx.databaseUrl });
    await client.connect();
    try {
      const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${search.query}`, params);
      console.log(`  EXPLAIN ANALYZE of the directory statement:\n${plan.rows.map((r: Record<string, string>) => `    ${r["QUERY PLAN"]}`).join("\n")}`);
      const people = await client.query(`SELECT count(*)::int AS n FROM "AlumniProfile" p JOIN "Tenant" t ON t.id = p."tenantId" WHERE t.slug = $1`, [target.slug]);
      const members = await client.query(`SELECT count(*)::int AS n FROM "Membership"`);
      console.log(`  data: ${people.rows[0].n} profiles in "${target.slug}", ${members.rows[0].n} memberships in all`);
    } finally {
      await client.end();
    }

    // CPU first: it is the figure that survives a busy machine, so before/after comparisons can rest on it.
    results.push(
      figure("directory page server CPU/request", await serverCpuPerRequest(ctx, PATH, { cookie }), "ms"),
      figure("own profile page server CPU/request", await serverCpuPerRequest(ctx, `/${target.slug}/profile`, { cookie }), "ms"),
      figure("trivial route server CPU/request", await serverCpuPerRequest(ctx, "/api/health"), "ms"),
    );
    for (const connections of [...new Set([1, ctx.connections])]) {
      const floor = await sqlFloor(ctx, search.query, params, connections);
      results.push(figure(`directory SQL via pg c=${connections} p50`, floor.p50, "ms"), figure(`directory SQL via pg c=${connections} p95`, floor.p95, "ms"));
      const load = { ...ctx, connections };
      results.push(...(await measure(load, `directory HTTP c=${connections}`, { path: PATH, headers: { cookie }, verifyBody: (b) => b.includes(MARKER) }, { p95MaxMs: 50 })));
      results.push(...(await measure(load, `trivial route c=${connections}`, { path: "/api/health" }, { p95MaxMs: 50 })).slice(0, 2));
      // The same framework work as the directory (session, company, layout, render) with one small query instead.
      results.push(...(await measure(load, `own profile page c=${connections}`, { path: `/${target.slug}/profile`, headers: { cookie } }, { p95MaxMs: 50 })).slice(0, 2));
    }
    return results;
  },
};
