import type { Benchmark } from "../benchmark";
import { measure } from "../load";

const HR = { email: "hr@demo.kizuna.test", password: "kizuna-demo" };
// Only the dashboard with program figures carries the trend's CSV link.
const DASHBOARD_MARKER = "/demo/admin/metrics/trend";

/** The admin home with every program figure and the 12-month trend, as HR of the demo company sees it. */
export const adminDashboard: Benchmark = {
  name: "admin-dashboard",
  description: `GET /demo/admin (figures, trend, breakdowns) as ${HR.email}`,
  async run(ctx) {
    const cookie = await ctx.signIn(HR.email, HR.password);
    const check = await fetch(new URL("/demo/admin", ctx.baseUrl), { headers: { cookie }, redirect: "manual" });
    if (check.status !== 200 || !(await check.text()).includes(DASHBOARD_MARKER)) {
      throw new Error(`GET /demo/admin answered ${check.status} without the program figures`);
    }
    return measure(ctx, "admin-dashboard", { path: "/demo/admin", headers: { cookie }, verifyBody: (body) => body.includes(DASHBOARD_MARKER) }, { p95MaxMs: 300 });
  },
};
