import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

test("[AUTH] a wrong password gets a clear error and keeps the email; the right one signs in", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("メールアドレス").fill("hanako@demo.kizuna.test");
  await page.getByRole("textbox", { name: "パスワード", exact: true }).fill("not-my-password");
  await page.getByRole("button", { name: "ログイン", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "メールアドレスまたはパスワードが正しくありません。" })).toBeVisible();
  await expect(page.getByLabel("メールアドレス")).toHaveValue("hanako@demo.kizuna.test");
  await expect(page).toHaveURL(/\/signin/);

  await page.getByRole("textbox", { name: "パスワード", exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "ログイン", exact: true }).click();
  await expect(page).toHaveURL(/\/demo$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ようこそ、佐藤 花子 さん");
});

test("[AUTH] a magic link opened from the outbox signs the person in, once", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("tab", { name: "メールでリンクを受け取る" }).click();
  await page.getByLabel("メールアドレス").fill("emily@demo.kizuna.test");
  await page.getByRole("button", { name: "ログインリンクを送信" }).click();
  await expect(page.getByRole("heading", { name: "メールをご確認ください" })).toBeVisible();

  // Emily reads English: the email is in her language even though this browser asked for Japanese.
  await page.getByRole("link", { name: "開発用の受信箱" }).click();
  await expect(page).toHaveURL(/\/dev\/mail$/);
  // The email goes out just after the response (so response times reveal nothing): wait for it as a person would.
  const email = page.getByRole("link", { name: /Your Kizuna sign-in link.*emily@demo\.kizuna\.test/ }).first();
  await expect(async () => {
    await page.reload();
    await expect(email).toBeVisible({ timeout: 500 });
  }).toPass();
  await email.click();
  const link = page.frameLocator("iframe").getByRole("link", { name: "Sign in" });
  const href = await link.getAttribute("href");
  // Like a mail client, the link opens in a new tab.
  const [portal] = await Promise.all([page.waitForEvent("popup"), link.click()]);
  await expect(portal).toHaveURL(/\/demo$/);
  await expect(portal.getByRole("heading", { level: 1 })).toHaveText("Welcome, Emily Carter");

  // Single use: the same link in a fresh browser does not sign anyone in.
  const other = await page.context().browser()!.newPage();
  await other.goto(href!);
  await expect(other).toHaveURL(/\/signin\?error=Verification/);
  await expect(other.getByRole("alert").filter({ hasText: "ログインリンクが無効か、有効期限が切れています" })).toBeVisible();
  await other.close();
});

test("[AUTH] signing out returns to the landing page and closes the portal", async ({ page }) => {
  await signIn(page, "hanako@demo.kizuna.test");
  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page).toHaveURL("/");
  await page.goto("/demo/profile");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdemo%2Fprofile/);
});
