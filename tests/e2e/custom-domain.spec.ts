import { chromium, expect, test } from "@playwright/test";
import { startDnsServer } from "../support/dns-server";
import { TEST_PORTS } from "../support/ports";
import { signUpCompany } from "./helpers";

// A company proves its own domain through DNS (a real DNS server this spec runs, which the app asks), and its site
// is then served there; signing in happens on Kizuna's address and comes back to the company's domain signed in.
test("[DOMAIN] an owner proves the company's domain; alumni reach the site there and sign in through Kizuna", async ({ page }) => {
  const slug = `dom-${Date.now()}`;
  const hostname = `alumni-${slug}.kizuna-e2e.test`;
  const records = new Map<string, string[]>();
  const dns = await startDnsServer(records, TEST_PORTS.e2eDns);
  try {
    await signUpCompany(page, slug, "株式会社ドメイン");
    await page.goto(`/${slug}/admin/settings`);
    await page.getByRole("navigation", { name: "設定の項目" }).getByRole("link", { name: "独自ドメイン" }).click();
    await page.getByLabel("ドメイン", { exact: true }).fill("not a domain");
    await page.getByRole("button", { name: "ドメインを保存" }).click();
    await expect(page.getByText("alumni.example.co.jp のようなドメインを入力してください。")).toBeVisible();
    await page.getByLabel("ドメイン", { exact: true }).fill(`https://${hostname.toUpperCase()}/`);
    await page.getByRole("button", { name: "ドメインを保存" }).click();
    await expect(page.getByRole("heading", { name: hostname })).toBeVisible();
    await expect(page.getByText("DNS 確認待ち")).toBeVisible();

    await page.getByRole("button", { name: "今すぐ確認" }).click();
    await expect(page.getByText("TXT レコードがまだ見つかりません。").first()).toBeVisible();
    // The company's IT adds the record the page shows.
    const value = (await page.locator("code").filter({ hasText: "kizuna-domain-verification=" }).textContent())!.trim();
    records.set(`_kizuna-challenge.${hostname}`, [value]);
    await page.getByRole("button", { name: "今すぐ確認" }).click();
    await expect(page.getByText("確認済み")).toBeVisible();

    // A visitor's browser resolves the company's domain to this server, as its CNAME would.
    const browser = await chromium.launch({
      executablePath: test.info().project.use.launchOptions?.executablePath,
      args: [...(test.info().project.use.launchOptions?.args ?? []), `--host-resolver-rules=MAP ${hostname} 127.0.0.1`],
    });
    try {
      const site = `http://${hostname}:${TEST_PORTS.e2eApp}`;
      const visitor = await (await browser.newContext({ locale: "ja-JP" })).newPage();
      await visitor.goto(`${site}/`);
      await expect(visitor.getByRole("heading", { level: 1 })).toContainText("株式会社ドメイン");
      expect(new URL(visitor.url()).host).toBe(`${hostname}:${TEST_PORTS.e2eApp}`);

      // Signing in happens on Kizuna's address, then the visitor is back on the company's domain, signed in.
      await visitor.goto(`${site}/signin`);
      await expect(visitor).toHaveURL(/^http:\/\/localhost:\d+\/signin/);
      await visitor.getByLabel(/メールアドレス/).fill(`${slug}@example.com`);
      await visitor.getByRole("textbox", { name: /^パスワード$/ }).fill("a-long-enough-password");
      await visitor.getByRole("button", { name: /^ログイン$/ }).click();
      await expect(visitor).toHaveURL(new RegExp(`^${site}/${slug}`));
      await visitor.goto(`${site}/admin`);
      await expect(visitor.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(visitor).toHaveURL(`${site}/admin`);
      await expect(visitor.getByRole("link", { name: "独自ドメイン" }).or(visitor.getByText("株式会社ドメイン")).first()).toBeVisible();
    } finally {
      await browser.close();
    }
  } finally {
    await dns.close();
  }
});
