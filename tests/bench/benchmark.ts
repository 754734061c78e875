/** One measured figure, as printed in the table and written to .data/bench/latest.json. */
export type Result = {
  name: string;
  value: number;
  unit: string;
  /** e.g. "<= 300"; null when the figure is for information only. */
  target: string | null;
  ok: boolean;
};

export type BenchContext = {
  /** The production server under test, e.g. http://localhost:3200. */
  baseUrl: string;
  /** Load-test settings (BENCH_DURATION seconds, BENCH_CONNECTIONS). */
  durationSeconds: number;
  connections: number;
  /** The database the server uses, for benchmarks that drive the domain code directly. */
  databaseUrl: string;
  /** Signs in with email and password over HTTP; returns a `Cookie` header value carrying the session. */
  signIn: (email: string, password: string) => Promise<string>;
  /** The `next start` process (for the CPU it spends per request), once started. */
  serverPid: number | null;
};

export type Benchmark = {
  name: string;
  description: string;
  run: (ctx: BenchContext) => Promise<Result[]>;
};

type Bound = { max?: number; min?: number };

/** A figure checked against an upper and/or lower bound (none: informational, always ok). */
export function figure(name: string, value: number, unit: string, bound: Bound = {}, valid = true): Result {
  const parts = [bound.max !== undefined ? `<= ${bound.max}` : null, bound.min !== undefined ? `>= ${bound.min}` : null];
  const target = parts.filter((p) => p !== null).join(", ") || null;
  const within = (bound.max === undefined || value <= bound.max) && (bound.min === undefined || value >= bound.min);
  return { name, value: Math.round(value * 10) / 10, unit, target, ok: valid && within };
}
