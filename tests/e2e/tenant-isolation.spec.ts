import { expect, test } from "@playwright/test";
import { profileIdOf, queryOne, signIn } from "./helpers";

test("[TENANCY] the owner of another company gets 404 on this company's portal, admin and profiles", async ({ page }) => {
  const hanakoProfile = await profileIdOf("hanako@demo.kizuna.test");
  await signIn(page, "owner@sakura.kizuna.test");
  await expect(page).toHaveURL(/\/sakura\/admin$/);

  // Emily's profile has a photo in the demo data; its address is no way in either.
  const photo = await page.request.get(`/demo/people/${await profileIdOf("emily@demo.kizuna.test")}/avatar`);
  expect(photo.status()).toBe(404);

  const hanakoMembership = (await queryOne<{ id: string }>(`SELECT "membershipId" AS id FROM "AlumniProfile" WHERE id = $1`, [hanakoProfile])).id;
  const adminPaths = ["/demo/admin/alumni", `/demo/admin/alumni/${hanakoMembership}`, "/demo/admin/audit"];
  for (const path of ["/demo", "/demo/admin", `/demo/people/${hanakoProfile}`, "/demo/profile", ...adminPaths]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "ページが見つかりません" })).toBeVisible();
    await expect(page).not.toHaveTitle(/かなで|ダッシュボード|プロフィール/);
    await expect(page.getByText("佐藤 花子")).toHaveCount(0);
  }
});

test("[TENANCY] an alumna gets a proper 404 page on her company's admin, and sees fellow alumni", async ({ page }) => {
  const emilyProfile = await profileIdOf("emily@demo.kizuna.test");
  await signIn(page, "hanako@demo.kizuna.test");
  const admin = await page.goto("/demo/admin");
  expect(admin?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "ページが見つかりません" })).toBeVisible();
  await expect(page.getByRole("link", { name: "トップへ戻る" })).toBeVisible();

  const person = await page.goto(`/demo/people/${emilyProfile}`);
  expect(person?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Emily Carter" })).toBeVisible();

  // Using the portal counts her as active today (recorded after the response, once a day).
  const visitsToday = async () =>
    (await queryOne<{ n: number }>(
      `SELECT count(*)::int AS n FROM "MemberActivity" a JOIN "Membership" m ON m.id = a."membershipId" JOIN "User" u ON u.id = m."userId"
       WHERE u.email = $1 AND a.day = (now() AT TIME ZONE 'Asia/Tokyo')::date`,
      ["hanako@demo.kizuna.test"],
    )).n;
  await expect.poll(visitsToday).toBe(1);
  const photo = await page.request.get(`/demo/people/${emilyProfile}/avatar`);
  expect(photo.status()).toBe(200);
  expect(photo.headers()["content-type"]).toBe("image/webp");
});

test("[TENANCY] a signed-out visitor sees the company's landing, and is sent to sign in for anything else", async ({ page }) => {
  await page.goto("/demo");
  await expect(page.getByRole("heading", { name: "株式会社かなでテクノロジーズ アルムナイ・ネットワーク" })).toBeVisible();
  await expect(page.getByText("佐藤 花子")).toHaveCount(0);

  await page.goto("/demo/admin");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdemo%2Fadmin/);
  await page.getByLabel("メールアドレス").fill("hr@demo.kizuna.test");
  await page.getByRole("textbox", { name: "パスワード", exact: true }).fill("kizuna-demo");
  await page.getByRole("button", { name: "ログイン", exact: true }).click();
  await expect(page).toHaveURL(/\/demo\/admin$/);
  await expect(page.getByRole("heading", { name: "ダッシュボード" })).toBeVisible();

  const unknown = await page.goto("/no-such-company");
  expect(unknown?.status()).toBe(404);
});
