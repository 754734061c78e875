import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("[I18N] a visitor switches the landing page between Japanese and English, and the choice sticks", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("退職で終わらない、会社と人の関係を。");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A relationship that doesn't end at the exit.");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "日本語" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("退職で終わらない、会社と人の関係を。");
});

test("[I18N] a member's language is saved to their account and follows them to another browser", async ({ page, browser }) => {
  await signIn(page, "owner@demo.kizuna.test");
  await expect(page.getByRole("heading", { name: "ダッシュボード" })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();

  const fresh = await browser.newContext({ locale: "ja-JP" });
  const other = await fresh.newPage();
  await signIn(other, "owner@demo.kizuna.test");
  await expect(other.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await other.getByRole("button", { name: "日本語" }).click();
  await expect(other.getByRole("heading", { name: "ダッシュボード" })).toBeVisible();
  await fresh.close();
});
