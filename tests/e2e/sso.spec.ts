import { expect, test, type Page } from "@playwright/test";
import { E2E_ORIGIN } from "../support/ports";
import { startTestIdp, type TestIdp } from "../support/oidc-provider";
import { queryOne, signIn, signUpCompany } from "./helpers";

// A real OpenID Connect provider on this machine stands in for the company's Entra ID or Okta.
let idp: TestIdp | undefined;
test.afterAll(async () => {
  await idp?.close();
});

/** At the provider's own login page (any login name is the account's email), then its consent screen. */
async function logInAtProvider(page: Page, email: string) {
  await page.getByPlaceholder("Enter any login").fill(email);
  await page.getByPlaceholder("and password").fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

async function startSso(page: Page, slug: string) {
  await page.context().clearCookies();
  await page.goto(`/signin`);
  await page.getByLabel("会社のアドレス").fill(slug);
  await page.getByRole("button", { name: "次へ" }).click();
  await expect(page).toHaveURL(`/${slug}/sso`);
  await page.getByRole("button", { name: "会社のアカウントでサインイン" }).click();
}

test("an admin signs in through the company's own OpenID provider, and then must", async ({ page }) => {
  test.setTimeout(120_000);
  // The provider's development login page asks for a web font; nothing leaves this machine.
  await page.context().route(/fonts\.googleapis\.com/, (route) => route.abort());
  const slug = `sso-${Date.now().toString(36)}`;
  await signUpCompany(page, slug, "SSO 検証株式会社");
  const adminEmail = `admin@${slug}.example.com`;
  await queryOne(
    `WITH u AS (
       INSERT INTO "User" (id, email, name, "passwordHash", "emailVerified", "updatedAt")
       SELECT gen_random_uuid()::text, $1, '管理 次郎', "passwordHash", now(), now() FROM "User" WHERE email = 'hanako@demo.kizuna.test' RETURNING id
     )
     INSERT INTO "Membership" (id, "tenantId", "userId", role, status, "updatedAt")
     SELECT gen_random_uuid()::text, t.id, u.id, 'ADMIN', 'ACTIVE', now() FROM u, "Tenant" t WHERE t.slug = $2 RETURNING id`,
    [adminEmail, slug],
  );
  const { id: tenantId } = await queryOne<{ id: string }>(`SELECT id FROM "Tenant" WHERE slug = $1`, [slug]);
  const redirectUri = `${E2E_ORIGIN}/api/auth/callback/sso-${tenantId}`;
  idp = await startTestIdp({ redirectUri });

  // The owner registers the company's provider: the page shows the redirect URI to give it, tests and saves.
  await page.goto(`/${slug}/admin/settings/sso`);
  await expect(page.getByTestId("sso-callback-url")).toHaveText(redirectUri);
  await page.getByLabel("発行者（Issuer）URL").fill(`${idp.issuer}/nothing-here`);
  await page.getByRole("button", { name: "接続テスト" }).click();
  await expect(page.getByText("発行者の /.well-known/openid-configuration を読み込めませんでした")).toBeVisible();
  await page.getByLabel("発行者（Issuer）URL").fill(idp.issuer);
  await page.getByRole("button", { name: "接続テスト" }).click();
  await expect(page.getByText(/接続できました/)).toBeVisible();
  await page.getByLabel("クライアント ID").fill(idp.clientId);
  await page.getByLabel("クライアントシークレット").fill(idp.clientSecret);
  await page.getByLabel("SSO サインインを有効にする").check();
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByText("SSO の設定を保存しました。")).toBeVisible();

  // Someone the provider knows who is not staff of this company is turned away, with the reason.
  await startSso(page, slug);
  await logInAtProvider(page, "hanako@demo.kizuna.test");
  await expect(page).toHaveURL(new RegExp(`/${slug}/sso\\?error=notStaff`));
  await expect(page.getByText("この会社アカウントは SSO 検証株式会社 のスタッフとして登録されていません")).toBeVisible();

  // The admin comes back from the provider signed in, in the admin area.
  await startSso(page, slug);
  await logInAtProvider(page, adminEmail);
  await expect(page).toHaveURL(`/${slug}/admin`);

  // Having signed in with SSO, the admin may now require it of all staff.
  await page.goto(`/${slug}/admin/settings/sso`);
  await expect(page.getByText("済み", { exact: true })).toBeVisible();
  await page.getByLabel("スタッフに SSO を必須にする").check();
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByText("SSO の設定を保存しました。")).toBeVisible();

  // The same admin signing in with a password is sent to SSO before the admin area opens.
  await page.context().clearCookies();
  await signIn(page, adminEmail);
  await page.goto(`/${slug}/admin`);
  await expect(page).toHaveURL(new RegExp(`/${slug}/sso\\?reason=required`));
  await expect(page.getByText("SSO 検証株式会社 では、管理画面を使うスタッフは会社のアカウントでサインインする必要があります。")).toBeVisible();
});
