import { expect, test } from "@playwright/test";
import { E2E_ORIGIN } from "../support/ports";
import { signIn } from "./helpers";

test("[JOIN] an owner limits self-registration to the company's domain; the QR code and link are there to hand out", async ({ page, browser }) => {
  await signIn(page, "owner@sakura.kizuna.test");
  await page.getByRole("link", { name: "新しい退職者" }).click();
  await expect(page.getByRole("img", { name: "登録用リンクのQRコード" })).toBeVisible();
  await expect(page.getByText(`${E2E_ORIGIN}/sakura/join`, { exact: true })).toBeVisible();
  await page.getByLabel("登録できるメールのドメイン（任意）").fill("not a domain");
  await page.getByRole("button", { name: "設定を保存" }).click();
  await expect(page.getByText("ドメインの形式が正しくありません（例: example.co.jp）。")).toBeVisible();
  await page.getByLabel("登録できるメールのドメイン（任意）").fill("sakura-foods.example");
  await page.getByRole("button", { name: "設定を保存" }).click();
  await expect(page.getByText("登録の設定を保存しました。")).toBeVisible();

  const visitor = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await visitor.goto("/sakura/join");
  await visitor.getByLabel("メールアドレス").fill("someone@gmail.com");
  await visitor.getByRole("button", { name: "登録用リンクを送信" }).click();
  await expect(visitor.getByText("このメールアドレスでは登録できません。")).toBeVisible();
  await visitor.getByLabel("メールアドレス").fill("leaver@sakura-foods.example");
  await visitor.getByRole("button", { name: "登録用リンクを送信" }).click();
  await expect(visitor.getByText("leaver@sakura-foods.example に登録用のリンクを送りました。")).toBeVisible();
});
