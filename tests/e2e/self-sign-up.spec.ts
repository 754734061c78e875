import { expect, test, type Browser } from "@playwright/test";
import { queryOne, signIn } from "./helpers";

/** Asks for a registration link at /demo/join and opens it from the outbox, as the person would. */
async function openRegistrationLink(browser: Browser, email: string) {
  const page = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await page.goto("/demo/join");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByRole("button", { name: "登録用リンクを送信" }).click();
  await expect(page.getByText(`${email} に登録用のリンクを送りました。`)).toBeVisible();
  await page.goto("/dev/mail");
  await page.getByRole("link", { name: new RegExp(`アルムナイ・ネットワークへの登録.*${email.replace(/\./g, "\\.")}`) }).first().click();
  const [form] = await Promise.all([page.waitForEvent("popup"), page.frameLocator("iframe").getByRole("link", { name: "登録を続ける" }).click()]);
  await expect(form.getByText(`${email} で登録します。`)).toBeVisible();
  return form;
}

test("[JOIN] a former employee on the roster registers and is in at once", async ({ browser }) => {
  const entry = await queryOne<{ email: string; name: string; department: string }>(
    `SELECT r.email, r.name, r.department FROM "RosterEntry" r JOIN "Tenant" t ON t.id = r."tenantId"
     WHERE t.slug = 'demo' AND r."membershipId" IS NULL AND r.email LIKE '%@former.demo.example' ORDER BY r."employeeNumber" LIMIT 1`,
  );
  const form = await openRegistrationLink(browser, entry.email);
  await form.getByLabel("お名前").fill(entry.name);
  await form.getByLabel("パスワード").fill("a-long-enough-password");
  await form.getByLabel(/利用規約とプライバシーポリシー/).check();
  await form.getByRole("button", { name: "参加する" }).click();
  await expect(form).toHaveURL(/\/demo\/profile\/edit\?welcome=1$/);
  await expect(form.getByLabel("在籍時の部署", { exact: true })).toHaveValue(entry.department);
});

test("[JOIN] someone not on the roster waits; HR approves; the applicant is told by email and gets in", async ({ browser }) => {
  const email = `newcomer.${Date.now().toString(36)}@example.com`;
  const form = await openRegistrationLink(browser, email);
  await form.getByLabel("お名前").fill("申請 花子");
  await form.getByLabel("パスワード").fill("a-long-enough-password");
  await form.getByLabel("会社へのメッセージ（在籍時の部署や時期など）").fill("2010〜2014年 マーケティング部");
  await form.getByLabel(/利用規約とプライバシーポリシー/).check();
  await form.getByRole("button", { name: "参加する" }).click();
  await expect(form.getByText("申請を受け付けました。会社の担当者が確認後、メールでお知らせします。")).toBeVisible();

  const hr = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await signIn(hr, "hr@demo.kizuna.test");
  await expect(hr.getByRole("link", { name: /参加申請/ })).toBeVisible();
  await hr.getByRole("link", { name: /参加申請/ }).click();
  const request = hr.getByRole("form", { name: "申請 花子" });
  await expect(hr.getByText("2010〜2014年 マーケティング部")).toBeVisible();
  await request.getByRole("button", { name: "承認" }).click();
  await expect(hr.getByText("申請 花子 さんの参加を承認しました。")).toBeVisible();

  await form.goto("/dev/mail");
  await form.getByRole("link", { name: new RegExp(`参加が承認されました.*${email.replace(/\./g, "\\.")}`) }).click();
  await form.goto("/signin");
  await form.getByLabel("メールアドレス").fill(email);
  await form.getByRole("textbox", { name: "パスワード", exact: true }).fill("a-long-enough-password");
  await form.getByRole("button", { name: "ログイン", exact: true }).click();
  await expect(form.getByRole("heading", { name: "ようこそ、申請 花子 さん" })).toBeVisible();
});
