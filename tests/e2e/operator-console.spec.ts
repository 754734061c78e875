import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("[PLATFORM] an operator creates a company and suspends it; its portal then says it is paused; the log keeps both", async ({ page, browser }) => {
  const slug = `op-${Date.now()}`;
  await signIn(page, "operator@kizuna.test");
  await page.goto("/platform");
  await expect(page.getByRole("row").filter({ hasText: "株式会社かなでテクノロジーズ" })).toContainText("稼働中");

  await page.getByRole("link", { name: "会社を作成" }).click();
  await page.getByLabel("会社名", { exact: true }).fill("株式会社オペレーション");
  await page.getByLabel("アドレス", { exact: true }).fill("demo");
  await page.getByLabel("オーナーの氏名").fill("運用 太郎");
  await page.getByLabel("オーナーのメールアドレス").fill(`${slug}@example.com`);
  await page.getByRole("button", { name: "会社を作成" }).click();
  await expect(page.getByText("このURLはすでに使われています。")).toBeVisible();
  await page.getByLabel("アドレス", { exact: true }).fill(slug);
  await page.getByRole("button", { name: "会社を作成" }).click();
  await expect(page.getByText(`/${slug} を作成しました。`)).toBeVisible();

  const row = page.getByRole("row").filter({ hasText: "株式会社オペレーション" });
  await row.getByLabel("株式会社オペレーションを停止する理由").fill("契約手続き中");
  await row.getByRole("button", { name: "株式会社オペレーションを停止" }).click();
  await expect(row).toContainText("停止中");
  await expect(row).toContainText("契約手続き中");

  const visitor = await browser.newPage();
  await visitor.goto(`/${slug}`);
  await expect(visitor.getByRole("heading", { name: "株式会社オペレーションのアルムナイネットワークは一時停止中です" })).toBeVisible();
  await visitor.close();

  await page.getByRole("link", { name: "運営者の操作ログ" }).click();
  const log = page.getByRole("row").filter({ hasText: "株式会社オペレーション" });
  await expect(log.filter({ hasText: "会社を停止" })).toContainText("契約手続き中");
  await expect(log.filter({ hasText: "会社を作成" })).toHaveCount(1);
});
