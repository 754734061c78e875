import { expect, test } from "@playwright/test";

test("[SIGNUP] the company address is checked live: reserved, taken, available", async ({ page }) => {
  await page.goto("/signup");
  const slug = page.getByLabel("ネットワークのURL");
  await slug.fill("admin");
  await expect(page.getByText("このURLは予約されているため使えません。")).toBeVisible();
  await slug.fill("demo");
  await expect(page.getByText("このURLはすでに使われています。")).toBeVisible();
  await slug.fill(`free-${Date.now()}`);
  await expect(page.getByText(/は使用できます/)).toBeVisible();
});

test("[SIGNUP] missing owner details are shown beside each field and nothing typed is lost", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("会社名").fill("株式会社ためし");
  await page.getByLabel("ネットワークのURL").fill(`tameshi-${Date.now()}`);
  await page.getByLabel("メールアドレス").fill("not-an-email");
  await page.getByRole("button", { name: "ネットワークを作成" }).click();
  await expect(page.getByText("メールアドレスの形式が正しくありません。")).toBeVisible();
  await expect(page.getByText("パスワードは10文字以上にしてください。")).toBeVisible();
  await expect(page.getByLabel("お名前")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("会社名")).toHaveValue("株式会社ためし");
});

test("[SIGNUP] a new company lands its owner in an empty admin dashboard", async ({ page }) => {
  const slug = `e2e-${Date.now()}`;
  await page.goto("/");
  await page.getByRole("link", { name: "自社のアルムナイ・ネットワークを作る" }).click();
  await page.getByLabel("会社名").fill("株式会社イーツーイー");
  await page.getByLabel("ネットワークのURL").fill(slug);
  await page.getByLabel("お名前").fill("試験 太郎");
  await page.getByLabel("メールアドレス").fill(`${slug}@example.com`);
  await page.getByLabel("パスワード").fill("a-long-enough-password");
  await page.getByRole("button", { name: "ネットワークを作成" }).click();

  await expect(page).toHaveURL(`/${slug}/admin`);
  await expect(page.getByRole("link", { name: /株式会社イーツーイー/ })).toBeVisible();
  // A new company's admins are offered the guided setup (tests/e2e/guided-setup.spec.ts walks through it).
  await expect(page.getByRole("region", { name: "アルムナイ施策のセットアップ" })).toContainText("5ステップ中0ステップ対応済み");
  await expect(page.getByText("登録アルムナイ")).toBeVisible();
});
