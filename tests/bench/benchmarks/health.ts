import type { Benchmark } from "../benchmark";
import { measure } from "../load";

/** A trivial route (one `SELECT 1`) as the floor to compare page timings against. */
export const health: Benchmark = {
  name: "health",
  description: "GET /api/health, signed out",
  run: (ctx) => measure(ctx, "health", { path: "/api/health" }, { p95MaxMs: 50 }),
};
