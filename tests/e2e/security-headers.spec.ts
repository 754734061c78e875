import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// The policy from proxy.ts on a real `next start` response, and the app still working under it: pages hydrate
// (client components respond) with no Content-Security-Policy violation reported by Chromium.

function watchForViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) {
      violations.push(message.text());
    }
  });
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
  return violations;
}

test("[SECURITY] pages carry a nonce CSP and the hardening headers; the session cookie is httpOnly and SameSite=Lax", async ({ page, context }) => {
  const response = await page.goto("/signin");
  const headers = response!.headers();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{22,}' 'strict-dynamic'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // Next.js put the response's nonce on its own scripts.
  const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
  expect(await page.locator("script[src]").first().evaluate((s) => (s as HTMLScriptElement).nonce)).toBe(nonce);

  await signIn(page, "hanako@demo.kizuna.test");
  const session = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  // Plain http://localhost here; over HTTPS Auth.js names it __Secure-… and marks it Secure (docs/security.md).
  expect(session!.secure).toBe(false);
});

test("[SECURITY] the portal and the admin pages hydrate under the policy without a single violation", async ({ page }) => {
  const violations = watchForViolations(page);
  await page.goto("/signin");
  // A client component answering a click is a hydrated page: its scripts ran with the nonce.
  await page.getByRole("tab", { name: "メールでリンクを受け取る" }).click();
  await expect(page.getByRole("button", { name: "ログインリンクを送信" })).toBeVisible();

  await signIn(page, "owner@demo.kizuna.test");
  for (const path of ["/demo", "/demo/directory", "/demo/events", "/demo/admin", "/demo/admin/alumni", "/demo/admin/broadcasts/new", "/demo/admin/goals"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  // A goal's chart is drawn in the browser (recharts): drawn means its scripts and inline styles were allowed.
  await page.getByRole("link", { name: "今年度の登録目標" }).click();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  expect(violations).toEqual([]);
});
