import { expect, test, type Page } from "@playwright/test";
import { queryOne } from "./helpers";

/** Opens the newest outbox mail matching `subject` and `to`, and clicks `button` in it (a new tab, as from a mail client). */
async function openMailLink(page: Page, subject: string, to: string, button: string): Promise<Page> {
  await page.goto("/dev/mail");
  const escaped = to.replace(/[.@+]/g, (c) => `\\${c}`);
  const mail = page.getByRole("link", { name: new RegExp(`${subject}.*${escaped}`) }).first();
  await expect(async () => {
    await page.reload();
    await expect(mail).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await mail.click();
  const [opened] = await Promise.all([page.waitForEvent("popup"), page.frameLocator("iframe").getByRole("link", { name: button }).click()]);
  return opened;
}

async function signInWithLink(page: Page, email: string): Promise<Page> {
  await page.goto("/signin");
  await page.getByRole("tab", { name: "メールでリンクを受け取る" }).click();
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByRole("button", { name: "ログインリンクを送信" }).click();
  await expect(page.getByRole("heading", { name: "メールをご確認ください" })).toBeVisible();
  return openMailLink(page, "Kizuna へのログインリンク", email, "ログインする");
}

test("[ACCOUNT] an alumna moves her account to a new address, confirms it from that mailbox and signs in with it", async ({ page, browser }) => {
  // Three trips to the outbox (sign-in, confirmation, sign-in again), each waiting for mail sent after a response.
  test.setTimeout(90_000);
  // One of the second company's alumnae who signs in with links only (no password), so no other test uses her.
  const { email: oldEmail } = await queryOne<{ email: string }>(
    `SELECT u.email FROM "User" u JOIN "Membership" m ON m."userId" = u.id JOIN "Tenant" t ON t.id = m."tenantId"
     WHERE t.slug = 'sakura' AND m.role = 'ALUMNI' AND u."passwordHash" IS NULL AND u.locale IS NULL ORDER BY u.email DESC LIMIT 1`,
  );
  const newEmail = `moved.${Date.now().toString(36)}@example.com`;

  const portal = await signInWithLink(page, oldEmail);
  await expect(portal).toHaveURL(/\/sakura$/);
  await portal.goto("/account");
  await expect(portal.getByText("パスワードを設定していないため")).toBeVisible();
  await portal.getByLabel("新しいメールアドレス").fill(newEmail);
  await portal.getByRole("button", { name: "確認メールを送る" }).click();
  await expect(portal.getByText(`${newEmail} に確認のリンクを送りました。24時間以内に開いてください。`)).toBeVisible();
  await portal.reload();
  await expect(portal.getByText(`${newEmail} への変更が確認待ちです。`)).toBeVisible();
  // Nothing has changed yet.
  await expect(portal.getByText(oldEmail, { exact: true })).toBeVisible();

  const confirm = await openMailLink(portal, "Kizuna のメールアドレス変更の確認", newEmail, "メールアドレスを確認する");
  await expect(confirm.getByText(`ログインに使うメールアドレスを ${newEmail} に変更します。`)).toBeVisible();
  await confirm.getByRole("button", { name: "変更を確定する" }).click();
  await expect(confirm.getByText(`メールアドレスを ${newEmail} に変更しました。`)).toBeVisible();

  // The session she was signed in with carries on, now showing the new address.
  await confirm.getByRole("link", { name: "アカウントへ" }).click();
  await expect(confirm.getByText(newEmail, { exact: true })).toBeVisible();
  // The old address was told.
  await confirm.goto("/dev/mail");
  await expect(confirm.getByRole("link", { name: new RegExp(`Kizuna のメールアドレスが変更されました.*${oldEmail.replace(/[.@]/g, (c) => `\\${c}`)}`) })).toBeVisible();

  // A fresh browser: the new address signs her in.
  const fresh = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  const signedIn = await signInWithLink(fresh, newEmail);
  await expect(signedIn).toHaveURL(/\/sakura$/);
});

test("[ACCOUNT] an email preference turned off stays off after a reload", async ({ page }) => {
  const { email } = await queryOne<{ email: string }>(
    `SELECT u.email FROM "User" u JOIN "Membership" m ON m."userId" = u.id JOIN "Tenant" t ON t.id = m."tenantId"
     WHERE t.slug = 'sakura' AND m.role = 'ALUMNI' AND u."passwordHash" IS NULL AND u.locale IS NULL ORDER BY u.email ASC LIMIT 1`,
  );
  test.setTimeout(60_000);
  const portal = await signInWithLink(page, email);
  await portal.goto("/account");
  const sakura = portal.getByRole("group", { name: "さくら食品株式会社" });
  await expect(sakura.getByRole("checkbox", { name: "イベントのご案内" })).toBeChecked();
  await sakura.getByRole("checkbox", { name: "イベントのご案内" }).uncheck();
  await portal.getByRole("button", { name: "メール設定を保存" }).click();
  await expect(portal.getByText("メールの設定を保存しました。")).toBeVisible();
  await portal.reload();
  await expect(sakura.getByRole("checkbox", { name: "イベントのご案内" })).not.toBeChecked();
  await expect(sakura.getByRole("checkbox", { name: "この会社からのメールを受け取る" })).toBeChecked();
  await portal.screenshot({ path: test.info().outputPath("account.png"), fullPage: true });
});
