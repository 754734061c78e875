import { chromium } from "@playwright/test";
const base = "http://localhost:4060";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
for (const [name, viewport] of [["desktop", { width: 1280, height: 900 }], ["mobile", { width: 390, height: 844 }]]) {
  for (const locale of ["ja", "en"]) {
    const ctx = await browser.newContext({ viewport, locale: locale === "ja" ? "ja-JP" : "en-US" });
    const page = await ctx.newPage();
    await page.goto(`${base}/signin`);
    await page.getByLabel(/メールアドレス|Email/).fill(locale === "ja" ? "hr@demo.kizuna.test" : "owner@demo.kizuna.test");
    await page.getByRole("textbox", { name: /^(パスワード|Password)$/ }).fill("kizuna-demo");
    await page.getByRole("button", { name: /^(ログイン|Sign in)$/ }).click();
    await page.waitForURL(/admin/);
    await page.goto(`${base}/demo/admin`);
    const region = page.locator("section[aria-labelledby=program-health]");
    await region.scrollIntoViewIfNeeded();
    await region.screenshot({ path: `/tmp/shots/health-${name}-${locale}.png` });
    await page.screenshot({ path: `/tmp/shots/dashboard-top-${name}-${locale}.png` });
    await page.goto(`${base}/demo/admin/guides?q=${encodeURIComponent(locale === "ja" ? "参加率" : "talent pool")}`);
    await page.screenshot({ path: `/tmp/shots/guides-${name}-${locale}.png`, fullPage: true });
    await page.goto(`${base}/demo/admin/guides/first-meetup`);
    await page.screenshot({ path: `/tmp/shots/guide-${name}-${locale}.png`, fullPage: true });
    await ctx.close();
  }
}
await browser.close();
