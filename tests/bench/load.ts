import autocannon from "autocannon";
import { figure, type BenchContext, type Result } from "./benchmark";

type Target = {
  path: string;
  headers?: Record<string, string>;
  /** Checked on every response body; a mismatch counts as a failed request. */
  verifyBody?: (body: string) => boolean;
};

type Load = {
  latencies: number[];
  failed: number;
  statuses: Record<string, number>;
  seconds: number;
};

function fire(ctx: BenchContext, target: Target, durationSeconds: number): Promise<Load> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const verify = target.verifyBody;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: new URL(target.path, ctx.baseUrl).href,
        headers: target.headers,
        connections: ctx.connections,
        duration: durationSeconds,
        verifyBody: verify ? (body) => verify(String(body ?? "")) : undefined,
      },
      (error: unknown, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        const failed = result.non2xx + result.errors + result.mismatches;
        resolve({ latencies, failed, statuses, seconds: (performance.now() - started) / 1000 });
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) {
    return Number.NaN;
  }
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

type Targets = { p95MaxMs: number; minRps?: number };

/**
 * Warms the route up briefly, then loads it for the configured duration. Reports p50, p95, requests/s and the
 * number of failed requests (non-2xx, connection errors/timeouts, body mismatches); any failure fails every figure.
 */
export async function measure(ctx: BenchContext, name: string, target: Target, targets: Targets): Promise<Result[]> {
  // BENCH_WARMUP (seconds, default 2): longer for a page slower than the default warm-up, e.g. on a busy machine.
  const warmup = await fire(ctx, target, Number(process.env.BENCH_WARMUP) || Math.min(2, ctx.durationSeconds));
  if (warmup.latencies.length === 0) {
    throw new Error(`${name}: no responses during warm-up`);
  }
  const load = await fire(ctx, target, ctx.durationSeconds);
  const sorted = [...load.latencies].sort((a, b) => a - b);
  const valid = load.failed === 0 && sorted.length > 0;
  if (load.failed > 0) {
    console.log(`  ${name}: ${load.failed} failed request(s); status codes ${JSON.stringify(load.statuses)}`);
  }
  return [
    figure(`${name} p50`, percentile(sorted, 50), "ms", {}, valid),
    figure(`${name} p95`, percentile(sorted, 95), "ms", { max: targets.p95MaxMs }, valid),
    figure(`${name} throughput`, sorted.length / load.seconds, "req/s", { min: targets.minRps }, valid),
    figure(`${name} failed`, load.failed, "requests", { max: 0 }),
  ];
}
