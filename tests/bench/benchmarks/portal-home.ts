import type { Benchmark } from "../benchmark";
import { measure } from "../load";

const ALUMNA = { email: "hanako@demo.kizuna.test", password: "kizuna-demo", name: "佐藤 花子" };
// Only the signed-in portal links to the profile page; the signed-out landing (also 200) does not.
const PORTAL_MARKER = 'href="/demo/profile"';

export const portalHome: Benchmark = {
  name: "portal-home",
  description: `GET /demo as the signed-in demo alumna ${ALUMNA.email}`,
  async run(ctx) {
    const cookie = await ctx.signIn(ALUMNA.email, ALUMNA.password);
    const check = await fetch(new URL("/demo", ctx.baseUrl), { headers: { cookie }, redirect: "manual" });
    const html = await check.text();
    if (check.status !== 200 || !html.includes(ALUMNA.name) || !html.includes(PORTAL_MARKER)) {
      throw new Error(`GET /demo with the session cookie answered ${check.status} without the signed-in portal for ${ALUMNA.name}`);
    }
    return measure(
      ctx,
      "portal-home",
      { path: "/demo", headers: { cookie }, verifyBody: (body) => body.includes(PORTAL_MARKER) },
      { p95MaxMs: 300, minRps: 30 },
    );
  },
};
