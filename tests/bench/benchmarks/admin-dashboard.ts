import { SCALE } from "../../../prisma/seed/scale";
import { SCALE_HR, seedScaleProgram } from "../../../prisma/seed/scale-program";
import type { Benchmark } from "../benchmark";
import { measure } from "../load";

// Against the demo company by default; with BENCH_SCALE=1 against the scale company (100,000 alumni, a year of
// activity: `npm run seed:scale` first), as issue #9 asks.
const scale = process.env.BENCH_SCALE === "1";
const target = scale ? { slug: SCALE.slug, ...SCALE_HR } : { slug: "demo", email: "hr@demo.kizuna.test", password: "kizuna-demo" };
const PATH = `/${target.slug}/admin`;
// Only the dashboard with program figures carries the trend's CSV link.
const MARKER = `/${target.slug}/admin/metrics/trend`;

/** The admin home with every program figure and the 12-month trend, as HR sees it. */
export const adminDashboard: Benchmark = {
  name: "admin-dashboard",
  description: `GET ${PATH} (figures, trend, breakdowns, attendance) as ${target.email}${scale ? " — 100,000 alumni" : ""}`,
  async run(ctx) {
    if (scale) {
      await seedScaleProgram(ctx.databaseUrl);
    }
    const cookie = await ctx.signIn(target.email, target.password);
    const check = await fetch(new URL(PATH, ctx.baseUrl), { headers: { cookie }, redirect: "manual" });
    if (check.status !== 200 || !(await check.text()).includes(MARKER)) {
      throw new Error(`GET ${PATH} answered ${check.status} without the program figures`);
    }
    return measure(ctx, "admin-dashboard", { path: PATH, headers: { cookie }, verifyBody: (body) => body.includes(MARKER) }, { p95MaxMs: 300 });
  },
};
