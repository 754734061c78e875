import { expect, test } from "@playwright/test";
import { createDemoAlumna, queryOne, signIn } from "./helpers";

test("[NOTIFICATIONS] HR replies in the inbox: the alumna's bell counts it, she opens it from her notifications, and the count clears", async ({ page, browser }) => {
  const run = Date.now().toString(36);
  const alumna = { name: `通知 花 ${run}`, email: `bell.${run}@example.com` };
  const subject = `在籍証明書について ${run}`;
  await createDemoAlumna(alumna.name, alumna.email);

  // She asks the company (default email preferences: message mail at once).
  await signIn(page, alumna.email);
  await page.goto("/demo/messages/new");
  await page.getByRole("radio", { name: "質問" }).check();
  await page.getByRole("textbox", { name: "件名" }).fill(subject);
  await page.getByRole("textbox", { name: "メッセージ" }).fill("在籍証明書を再発行していただけますか。");
  await page.getByRole("button", { name: "送信する" }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  const thread = new URL(page.url()).pathname;
  // She leaves the thread (an open thread reads new replies as they come, and with them their notifications).
  await page.goto("/demo");
  await expect(page.getByRole("link", { name: "未読の通知はありません" })).toBeVisible();

  // HR replies from the inbox.
  const hr = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await signIn(hr, "hr@demo.kizuna.test");
  await hr.goto(thread.replace("/demo/messages/", "/demo/admin/inbox/"));
  const reply = `本日郵送いたしました ${run}`;
  await hr.getByRole("textbox", { name: "返信・内部メモ" }).fill(reply);
  await hr.getByRole("button", { name: "返信を送る" }).click();
  await expect(hr.getByText("返信を送りました。本人にはメールでも")).toBeVisible();

  // Her bell counts it on the next page she opens; the list shows who, what and links to the thread.
  await page.reload();
  await page.getByRole("link", { name: "未読の通知 1 件" }).click();
  await expect(page).toHaveURL(/\/demo\/notifications$/);
  const line = page.getByRole("link", { name: new RegExp(`平野 美穂 さんから返信が届きました.*${reply}`) });
  await expect(line).toBeVisible();
  await line.click();
  await expect(page).toHaveURL(new RegExp(`${thread}$`));
  await expect(page.getByText(reply)).toBeVisible();
  await expect(page.getByRole("link", { name: "未読の通知はありません" })).toBeVisible();

  // And the reply was mailed to her at once, once.
  await expect.poll(async () => Number((await queryOne<{ count: string }>(`SELECT count(*) FROM "OutboxEmail" WHERE "to" = $1 AND subject LIKE $2`, [alumna.email, `%${subject}%`])).count), { timeout: 15_000 }).toBe(1);
});
