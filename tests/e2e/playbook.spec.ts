import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("[PLAYBOOK] HR follows a dashboard suggestion to the screen that fixes it; the guides are searched in Japanese without spaces", async ({ page }) => {
  test.slow(); // The dashboard with every figure, then four more pages.
  await signIn(page, "hr@demo.kizuna.test");
  await page.goto("/demo/admin");
  // The demo has a join request waiting nine days (prisma/seed/program-health.ts).
  const health = page.getByRole("region", { name: "プログラムの健康診断" });
  const waiting = health.getByRole("listitem").filter({ hasText: "1週間以上待っている参加申請があります" });
  await expect(waiting).toContainText("最も古いもので9日");
  await waiting.getByRole("link", { name: "承認待ちの申請を見る" }).click();
  await expect(page).toHaveURL(/\/demo\/admin\/applicants$/);
  await expect(page.getByText(/大阪支社の営業部/)).toBeVisible();

  await page.getByRole("link", { name: "ガイド", exact: true }).click();
  await page.getByRole("searchbox", { name: "ガイドを検索" }).fill("人材プール");
  await page.getByRole("button", { name: "検索", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("「人材プール」に一致するガイド: 1件");
  await page.getByRole("link", { name: "やってはいけないこと" }).click();
  await expect(page.getByRole("heading", { name: "やってはいけないこと", level: 1 })).toBeVisible();
  // {tenant} in the guide's links is this company's address.
  await expect(page.getByRole("article").getByRole("link", { name: "再雇用パイプライン" }).first()).toHaveAttribute("href", "/demo/admin/pipeline");
});
