import { expect, test, type Page } from "@playwright/test";
import { queryOne, signIn } from "./helpers";

const run = Date.now().toString(36);

/** How many outbox emails went to this address with this text in the subject. */
const mailsTo = async (to: string, subject: string) =>
  Number((await queryOne<{ n: string }>(`SELECT count(*) AS n FROM "OutboxEmail" WHERE "to" = $1 AND subject LIKE $2`, [to, `%${subject}%`])).n);

const mailTo = (to: string, subject: string) =>
  queryOne<{ subject: string; text: string }>(`SELECT subject, text FROM "OutboxEmail" WHERE "to" = $1 AND subject LIKE $2 ORDER BY "createdAt" DESC LIMIT 1`, [to, `%${subject}%`]);

/** Writes a Japanese-only announcement to the segment and sends it at once; waits until it is sent. */
async function sendQuickly(page: Page, segment: string, category: string, subject: string) {
  await page.goto("/demo/admin/broadcasts/new");
  await page.getByLabel("カテゴリ").selectOption({ label: category });
  await page.getByRole("group", { name: "日本語" }).getByLabel("件名").fill(subject);
  await page.getByRole("group", { name: "日本語" }).getByLabel("本文").fill("お知らせの本文です。");
  await page.getByRole("radio", { name: "保存したセグメント" }).check();
  await page.getByLabel("セグメント", { exact: true }).selectOption({ label: segment });
  await expect(page.getByTestId("recipient-count")).toContainText("ポータルで 1 人に届き");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "今すぐ配信" }).click();
  await expect(page.getByText("配信を開始しました。")).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "配信済み" })).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
}

test("[BROADCAST] an admin writes a bilingual announcement for a segment, tests, schedules, then sends; the alumna in it reads it in English and unsubscribes from that category only", async ({ page, browser }) => {
  test.slow(); // Three announcements, two people.
  const segment = `E2E Emily ${run}`;
  const tenant = await queryOne<{ id: string }>(`SELECT id FROM "Tenant" WHERE slug = 'demo'`);
  await queryOne(`INSERT INTO "Segment" (id, "tenantId", name, filters, "updatedAt") VALUES ($1, $2, $3, '{"q":"emily@demo.kizuna.test"}', now())`, [`seg${run}`, tenant.id, segment]);
  const subjectJa = `E2E 新オフィスのお知らせ ${run}`;
  const subjectEn = `E2E Our new office ${run}`;

  await signIn(page, "owner@demo.kizuna.test");
  await page.goto("/demo/admin/broadcasts/new");
  const ja = page.getByRole("group", { name: "日本語" });
  const en = page.getByRole("group", { name: "英語" });
  await ja.getByLabel("件名").fill(subjectJa);
  await ja.getByLabel("本文").fill("大阪に**新オフィス**を開きました。");
  // The preview shows the Markdown as readers will see it.
  await expect(ja.getByRole("region", { name: "プレビュー" }).locator("strong")).toHaveText("新オフィス");
  // Half an English version is explained beside the missing half, and nothing typed is lost.
  await en.getByLabel("件名").fill(subjectEn);
  await page.getByRole("button", { name: "下書き保存" }).click();
  await expect(en.getByText("この件名の本文を書いてください（または件名を消してください）。")).toBeVisible();
  await expect(ja.getByLabel("件名")).toHaveValue(subjectJa);
  await en.getByLabel("本文").fill("We opened a **new office** in Osaka.");
  await page.getByRole("radio", { name: "保存したセグメント" }).check();
  await page.getByLabel("セグメント", { exact: true }).selectOption({ label: segment });
  await expect(page.getByTestId("recipient-count")).toHaveText("ポータルで 1 人に届き、そのうち 1 人にはメールでも届きます。");

  await page.getByRole("button", { name: "自分にテスト送信" }).click();
  await expect(page.getByText("保存し、あなたのアドレスにテストを送りました。")).toBeVisible();
  await expect.poll(() => mailsTo("owner@demo.kizuna.test", subjectJa)).toBeGreaterThanOrEqual(1);
  expect((await mailTo("owner@demo.kizuna.test", subjectJa)).subject).toMatch(/テスト/);

  const tomorrow = new Date(Date.now() + 86_400_000 + 9 * 3_600_000).toISOString().slice(0, 10);
  await page.getByLabel("配信日時").fill(`${tomorrow}T10:00`);
  await page.getByRole("button", { name: "予約する" }).click();
  await expect(page.getByText("予約しました。取り消さない限り、指定の日時に配信されます。")).toBeVisible();
  await expect(page.getByText("予約済み", { exact: true })).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "予約を取り消して下書きに戻す" }).click();
  await expect(page.getByRole("heading", { name: "下書きを編集" })).toBeVisible();
  await expect(page.getByRole("group", { name: "英語" }).getByLabel("件名")).toHaveValue(subjectEn);

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "今すぐ配信" }).click();
  await expect(page.getByText("配信を開始しました。")).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "配信済み" })).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });

  // Emily (English) has it in the portal and in her mailbox in English; Hanako, outside the segment, has neither.
  const emily = await (await browser.newContext()).newPage();
  await signIn(emily, "emily@demo.kizuna.test");
  await emily.goto("/demo/announcements");
  await emily.getByRole("link", { name: new RegExp(subjectEn) }).click();
  await expect(emily.getByRole("heading", { name: subjectEn })).toBeVisible();
  await expect(emily.locator("strong", { hasText: "new office" })).toBeVisible();
  await expect.poll(() => mailsTo("emily@demo.kizuna.test", subjectEn)).toBe(1);
  expect(await mailsTo("emily@demo.kizuna.test", subjectJa)).toBe(0);
  const hanako = await (await browser.newContext()).newPage();
  await signIn(hanako, "hanako@demo.kizuna.test");
  await hanako.goto("/demo/announcements");
  await expect(hanako.getByRole("heading", { name: "お知らせ", exact: true })).toBeVisible();
  await expect(hanako.getByText(subjectJa)).toHaveCount(0);
  expect(await mailsTo("hanako@demo.kizuna.test", subjectJa)).toBe(0);

  // The email's unsubscribe link asks once, then turns off company news only.
  const mail = await mailTo("emily@demo.kizuna.test", subjectEn);
  const link = mail.text.match(/https?:\/\/[^\s)\]]+\/unsubscribe\/[\w.-]+/)![0];
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(new URL(link).pathname);
  await visitor.getByRole("button", { name: /配信を停止する|Unsubscribe/ }).click();
  await expect(visitor.getByRole("status")).toBeVisible();

  const newsAgain = `E2E ニュース再送 ${run}`;
  await sendQuickly(page, segment, "会社からのお知らせ・ニュース", newsAgain);
  const jobs = `E2E 求人のお知らせ ${run}`;
  await sendQuickly(page, segment, "求人・協業の機会", jobs);
  await expect.poll(() => mailsTo("emily@demo.kizuna.test", jobs)).toBe(1);
  expect(await mailsTo("emily@demo.kizuna.test", newsAgain)).toBe(0);
  // She still reads the news in the portal.
  await emily.goto("/demo/announcements");
  await expect(emily.getByText(newsAgain)).toBeVisible();
});
