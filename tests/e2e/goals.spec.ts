import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("[GOALS] HR sets a goal, sees actual against target with a status, writes a review; bad input is explained beside the field", async ({ page }) => {
  await signIn(page, "hr@demo.kizuna.test");
  await page.getByRole("link", { name: "目標", exact: true }).click();
  await expect(page.getByRole("heading", { name: "目標", exact: true })).toBeVisible();
  // The demo's goals are there, each with where it stands.
  await expect(page.getByRole("link", { name: /今年度の登録目標/ })).toBeVisible();

  await page.getByRole("link", { name: "目標を設定" }).click();
  await page.getByLabel("指標").selectOption({ label: "アクティブ率（90日）" });
  await page.getByLabel("目標値（%）").fill("120");
  const due = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("達成期限").fill(due);
  await page.getByLabel("名前（任意）").fill("E2E アクティブ率目標");
  await page.getByRole("button", { name: "目標を設定" }).click();
  await expect(page.getByText("率の目標は 100 % 以下で入力してください。")).toBeVisible();
  await expect(page.getByLabel("名前（任意）")).toHaveValue("E2E アクティブ率目標");

  await page.getByLabel("目標値（%）").fill("60");
  await page.getByRole("button", { name: "目標を設定" }).click();
  await expect(page.getByRole("heading", { name: "E2E アクティブ率目標" })).toBeVisible();
  // Actual against target: the figures beside the chart, and the chart itself.
  await expect(page.getByText("60%", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("img", { name: /アクティブ率（90日）：実績・計画線/ })).toBeVisible();
  await expect(page.locator(".recharts-line")).toHaveCount(3);
  await expect(page.getByText(/^(順調|要注意|達成)$/)).toBeVisible();

  await page.getByLabel("実施したこと").fill("秋の交流会を開催し、参加者にポータルを案内した。");
  await page.getByLabel("わかったこと").fill("交流会の翌週はアクティブ率が上がる。");
  await page.getByLabel("次のアクション").fill("四半期ごとにオンライン交流会を開く。");
  await page.getByRole("button", { name: "振り返りを保存" }).click();
  await expect(page.getByText("振り返りを保存しました。")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "秋の交流会を開催し" })).toBeVisible();
  await expect(page.getByLabel("実施したこと")).toHaveValue("");

  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: "四半期ごとにオンライン交流会を開く。" })).toBeVisible();
});

test("[GOALS] an alumna and another company's owner get 404 on the goals", async ({ page }) => {
  await signIn(page, "hanako@demo.kizuna.test");
  expect((await page.goto("/demo/admin/goals"))?.status()).toBe(404);
  await page.context().clearCookies();
  await signIn(page, "owner@sakura.kizuna.test");
  expect((await page.goto("/demo/admin/goals"))?.status()).toBe(404);
});
