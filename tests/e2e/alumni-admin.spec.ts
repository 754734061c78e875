import { expect, test } from "@playwright/test";
import { queryOne, signIn } from "./helpers";

/** Two seeded alumni nobody else's test uses, moved to a department of their own so a filter finds just them. */
async function twoAlumniInOwnDepartment(department: string) {
  const { ids } = await queryOne<{ ids: string[] }>(
    `SELECT array_agg(m.id) AS ids FROM (
       SELECT m.id FROM "Membership" m JOIN "User" u ON u.id = m."userId" JOIN "Tenant" t ON t.id = m."tenantId"
       WHERE t.slug = 'demo' AND m.role = 'ALUMNI' AND m.status = 'ACTIVE' AND u.email LIKE '%@alumni.demo.example'
       ORDER BY u.email DESC LIMIT 2) m`,
  );
  await queryOne(`UPDATE "AlumniProfile" SET department = $1 WHERE "membershipId" = ANY($2)`, [department, ids]);
  return queryOne<{ names: string[]; emails: string[] }>(
    `SELECT array_agg(p."displayName" ORDER BY p."displayName") AS names, array_agg(u.email ORDER BY p."displayName") AS emails
     FROM "AlumniProfile" p JOIN "Membership" m ON m.id = p."membershipId" JOIN "User" u ON u.id = m."userId" WHERE m.id = ANY($1)`,
    [ids],
  );
}

test("[ALUMNI] HR filters the alumni list, suspends two people with a reason, reinstates one; the owner reads it in the audit log", async ({ page, browser }) => {
  test.slow(); // Two people, two browsers, six pages.
  const department = `E2E部-${Date.now().toString(36)}`;
  const { names: [first, second], emails } = await twoAlumniInOwnDepartment(department);
  await signIn(page, "hr@demo.kizuna.test");
  await page.getByRole("link", { name: "アルムナイ", exact: true }).click();
  await expect(page.getByRole("heading", { name: "アルムナイ一覧" })).toBeVisible();

  await page.getByLabel("部署").selectOption(department);
  await page.getByLabel("状態").selectOption("参加中");
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page.getByText("2人", { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/status=active/);

  await page.getByRole("checkbox", { name: `${first} を選択` }).check();
  await page.getByRole("checkbox", { name: `${second} を選択` }).check();
  await page.getByLabel("理由（任意・操作ログに残ります）").fill("本人からの依頼");
  await page.getByRole("button", { name: "利用停止", exact: true }).click();
  await expect(page.getByText("2人を利用停止にしました（対象外 0人）。")).toBeVisible();

  // Shared URL: the same filters, now with nobody active left in that department.
  await page.reload();
  await expect(page.getByText("条件に合う人はいません。")).toBeVisible();
  await page.getByLabel("状態").selectOption("利用停止");
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page.getByRole("cell", { name: "利用停止" })).toHaveCount(2);

  await page.getByRole("link", { name: first! }).click();
  await expect(page.getByRole("heading", { name: first })).toBeVisible();
  await expect(page.getByText("理由: 本人からの依頼")).toBeVisible();
  await page.getByRole("button", { name: "利用を再開する" }).click();
  await expect(page.getByText("1人の利用を再開しました（対象外 0人）。")).toBeVisible();

  // The audit log is the owner's: HR gets the not-found page.
  expect((await page.goto("/demo/admin/audit"))?.status()).toBe(404);

  const owner = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await signIn(owner, "owner@demo.kizuna.test");
  await owner.getByRole("link", { name: "操作ログ" }).click();
  const rows = owner.getByRole("row").filter({ hasText: "平野 美穂" });
  await expect(rows.filter({ hasText: first! }).filter({ hasText: "利用再開" })).toHaveCount(1);
  await expect(rows.filter({ hasText: second! }).filter({ hasText: "理由: 本人からの依頼" })).toHaveCount(1);

  // The person still suspended signs in (by emailed link) and is told why the portal is closed.
  const suspended = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await suspended.goto("/signin?callbackUrl=%2Fdemo");
  await suspended.getByRole("tab", { name: "メールでリンクを受け取る" }).click();
  await suspended.getByLabel("メールアドレス").fill(emails[1]!);
  await suspended.getByRole("button", { name: "ログインリンクを送信" }).click();
  await suspended.goto("/dev/mail");
  const mail = suspended.getByRole("link", { name: new RegExp(emails[1]!.replace(/\./g, "\\.")) }).first();
  await expect(async () => {
    await suspended.reload();
    await expect(mail).toBeVisible({ timeout: 500 });
  }).toPass();
  await mail.click();
  const href = await suspended.frameLocator("iframe").getByRole("link", { name: /^(ログインする|Sign in)$/ }).getAttribute("href");
  await suspended.goto(href!);
  await expect(suspended.getByRole("heading", { name: /^(ご利用を一時停止しています|Your access is paused)$/ })).toBeVisible();
});

test("[INVITE] a roster entry leaving next month is invited on its leave date, not now", async ({ page }) => {
  const run = Date.now().toString(36);
  const leaves = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  await signIn(page, "hr@demo.kizuna.test");
  await page.goto("/demo/admin/roster");
  await page.getByText("手入力で追加").click();
  await page.getByLabel("氏名").fill("退職 予定子");
  await page.getByLabel("社員番号").fill(`LV-${run}`);
  await page.getByLabel("メールアドレス").fill(`leaver.${run}@example.com`);
  await page.getByLabel("退職日").fill(leaves);
  await page.getByRole("button", { name: "名簿に追加" }).click();
  await expect(page.getByText("退職 予定子 さんを名簿に追加しました。")).toBeVisible();

  await page.goto("/demo/admin/alumni?q=" + encodeURIComponent("退職 予定子"));
  await page.getByRole("checkbox", { name: "退職 予定子 を選択" }).check();
  await page.getByRole("button", { name: "招待する" }).click();
  await expect(page.getByText("退職日に合わせて 1人への招待を予約しました。")).toBeVisible();
  await expect(page.getByRole("cell", { name: "送信予定" })).toBeVisible();

  await page.getByRole("link", { name: "退職 予定子" }).click();
  await expect(page.getByText(/に送信予定（退職日）/)).toBeVisible();
  await expect(page.getByRole("button", { name: "今すぐ送る" })).toBeVisible();
});
