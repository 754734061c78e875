import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("[TEMPLATES] an owner words the invitation in the company's voice; the invitation that goes out says it", async ({ page, browser }) => {
  const run = Date.now().toString(36);
  await signIn(page, "owner@sakura.kizuna.test");
  await page.getByRole("link", { name: "テンプレート", exact: true }).click();
  await expect(page.getByRole("heading", { name: "メッセージのテンプレート" })).toBeVisible();
  await page.getByRole("link", { name: "招待メール — 日本語を編集" }).click();

  await page.getByLabel("件名").fill(`{name} 様、さくらの同窓会へ ${run}`);
  await page.getByLabel("本文").fill("{name} 様\n\n{company} の仲間とまたつながりませんか。年収 {salary} も相談できます。");
  await expect(page.getByText("このテンプレートでは使えない差し込み項目: {salary}")).toBeVisible();
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "このテンプレートでは使えない差し込み項目があります" })).toBeVisible();

  await page.getByLabel("本文").fill("{name} 様\n\n{company} の仲間とまたつながりませんか。桜の季節に、皆さんとお会いできるのを楽しみにしています。");
  const preview = page.getByTestId("template-preview");
  await expect(preview.getByText(`佐藤 花子 様、さくらの同窓会へ ${run}`)).toBeVisible();
  await expect(preview.getByText("さくら食品株式会社 の仲間とまたつながりませんか。", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("テンプレートを保存しました。")).toBeVisible();

  await page.goto("/sakura/admin/roster");
  await page.getByText("手入力で追加").click();
  await page.getByLabel("氏名").fill("桜木 花道");
  await page.getByLabel("社員番号").fill(`TPL-${run}`);
  await page.getByLabel("メールアドレス").fill(`sakuragi.${run}@example.com`);
  await page.getByRole("button", { name: "名簿に追加" }).click();
  await expect(page.getByText("桜木 花道 さんを名簿に追加しました。")).toBeVisible();
  await page.getByLabel("名簿を検索").fill(`TPL-${run}`);
  await page.getByRole("button", { name: "検索", exact: true }).click();
  await page.getByRole("checkbox", { name: "桜木 花道 を選択" }).check();
  await page.getByRole("button", { name: "選択した人を招待" }).click();
  await expect(page.getByText("1人に招待を送ります（メールは順次送信されます）。")).toBeVisible();

  const mailbox = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await mailbox.goto("/dev/mail");
  const email = mailbox.getByRole("link", { name: new RegExp(`桜木 花道 様、さくらの同窓会へ ${run}.*sakuragi\\.${run}@example\\.com`) });
  await expect(async () => {
    await mailbox.reload();
    await expect(email).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await email.click();
  const mail = mailbox.frameLocator("iframe");
  await expect(mail.getByText("さくら食品株式会社 の仲間とまたつながりませんか。桜の季節に、皆さんとお会いできるのを楽しみにしています。")).toBeVisible();
  await expect(mail.getByRole("link", { name: "ネットワークに参加する" })).toBeVisible();
});
