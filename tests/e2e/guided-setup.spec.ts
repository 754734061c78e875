import { expect, test } from "@playwright/test";
import { signUpCompany } from "./helpers";

test("[SETUP] a new company's owner goes from purpose to first review; goals, landing message, first announcement and review date exist, and the checklist is gone", async ({ page, browser }) => {
  test.slow(); // Sign-up, five steps, then four screens that show what they made.
  const slug = `setup-${Date.now()}`;
  await signUpCompany(page, slug, "株式会社セットアップ");

  const checklist = page.getByRole("region", { name: "アルムナイ施策のセットアップ" });
  await checklist.getByRole("link", { name: "セットアップを始める" }).click();

  // 1. Purpose
  await expect(page.getByRole("heading", { name: "目的", level: 1 })).toBeVisible();
  await page.getByRole("checkbox", { name: /再雇用（アルムナイ採用）/ }).check();
  await page.getByRole("button", { name: "保存して次へ" }).click();

  // 2. Goals: the re-hiring figures are suggested; a 3-year target below the 1-year one is refused beside it.
  await expect(page.getByRole("heading", { name: "目標", level: 1 })).toBeVisible();
  const registered = page.getByRole("listitem").filter({ hasText: "登録アルムナイ数" });
  await expect(page.getByRole("listitem").filter({ hasText: "再入社に前向きなアルムナイ数" })).toBeVisible();
  await registered.getByLabel(/^1年後/).fill("120");
  await registered.getByLabel(/^3年後/).fill("100");
  await page.getByRole("button", { name: "目標を保存して次へ" }).click();
  await expect(registered.getByText("3年後の目標は1年後の目標より大きくしてください。")).toBeVisible();
  await expect(registered.getByLabel(/^1年後/)).toHaveValue("120");
  await registered.getByLabel(/^3年後/).fill("400");
  await page.getByRole("button", { name: "目標を保存して次へ" }).click();

  // 3. Plan
  await expect(page.getByRole("heading", { name: "計画", level: 1 })).toBeVisible();
  await page.getByLabel("1回あたりの人数").fill("50");
  await page.getByRole("button", { name: "計画を保存して次へ" }).click();

  // 4. First message: nobody has joined, so "now" is refused and nothing is lost; scheduled, it is published.
  await expect(page.getByRole("heading", { name: "最初のメッセージ", level: 1 })).toBeVisible();
  const body = page.getByRole("group", { name: "日本語" }).getByLabel("本文");
  await expect(body).toHaveValue(/株式会社セットアップを卒業された皆さま/);
  await body.fill("## ようこそ\n\n株式会社セットアップのアルムナイネットワークへようこそ。<script>alert(1)</script>");
  await page.getByRole("button", { name: "公開して次へ" }).click();
  await expect(page.getByText("まだ登録したアルムナイがいません。")).toBeVisible();
  await expect(body).toHaveValue(/ようこそ。/);
  await page.getByRole("radio", { name: "日時を指定して送る" }).check();
  await page.getByRole("button", { name: "公開して次へ" }).click();

  // 5. First review
  await expect(page.getByRole("heading", { name: "最初の振り返り", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "保存して完了" }).click();
  await expect(page.getByText("セットアップが完了しました。")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /最初の振り返り/ })).toContainText("完了");

  // What it made: goals, the scheduled announcement, no checklist, the message on the public landing page.
  await page.goto(`/${slug}/admin/goals`);
  await expect(page.getByRole("link", { name: /登録アルムナイ数/ })).toHaveCount(2);
  await page.goto(`/${slug}/admin/broadcasts`);
  await expect(page.getByRole("listitem").filter({ hasText: "株式会社セットアップ アルムナイネットワークを開設しました" })).toContainText("予約済み");
  await page.goto(`/${slug}/admin`);
  await expect(page.getByRole("heading", { name: "ダッシュボード" })).toBeVisible();
  await expect(page.getByRole("region", { name: "アルムナイ施策のセットアップ" })).toHaveCount(0);

  const visitor = await browser.newPage();
  await visitor.goto(`/${slug}`);
  const message = visitor.getByRole("region", { name: "株式会社セットアップからのメッセージ" });
  await expect(message.getByRole("heading", { name: "ようこそ" })).toBeVisible();
  // Markdown renders; HTML in it does not.
  await expect(message).toContainText("アルムナイネットワークへようこそ。");
  await expect(message.locator("script")).toHaveCount(0);
  await visitor.close();
});
