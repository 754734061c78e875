import { expect, test } from "@playwright/test";
import { createDemoAlumna, queryOne, signIn } from "./helpers";

test("[INBOX] an alumna asks the company; HR assigns, notes and replies; each sees the other's message without reloading; the note stays internal", async ({ page, browser }) => {
  test.slow(); // Two people and a 2-second poll each way.
  const run = Date.now().toString(36);
  const alumna = { name: `問い合わせ 花 ${run}`, email: `asker.${run}@example.com` };
  const subject = `カジュアル面談のお願い ${run}`;
  await createDemoAlumna(alumna.name, alumna.email);

  // The alumna writes to the company and lands in the conversation.
  const asker = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await signIn(asker, alumna.email);
  await asker.goto("/demo/messages");
  await asker.getByRole("link", { name: "新しいメッセージ" }).click();
  await asker.getByRole("radio", { name: "カジュアル面談の相談" }).check();
  await asker.getByRole("textbox", { name: "件名" }).fill(subject);
  await asker.getByRole("textbox", { name: "メッセージ" }).fill("データ基盤チームの今の働き方について、\n一度お話を伺えますか。");
  await asker.getByRole("button", { name: "送信する" }).click();
  await expect(asker).toHaveURL(/\/demo\/messages\/[^/]+$/);
  await expect(asker.getByRole("heading", { level: 1, name: subject })).toBeVisible();

  // HR finds it among the unassigned ones, takes it, leaves a note, inserts a canned reply and sends it.
  await signIn(page, "hr@demo.kizuna.test");
  await page.goto("/demo/admin/inbox?assignee=unassigned");
  await page.getByRole("link", { name: new RegExp(subject) }).click();
  await expect(page.getByText("一度お話を伺えますか。")).toBeVisible();
  await page.getByRole("combobox", { name: "担当者" }).selectOption({ label: "平野 美穂" });
  await page.getByRole("button", { name: "担当を変更" }).click();
  await expect(page.getByText("担当者を変更しました。")).toBeVisible();
  const note = `部長の予定を確認中 ${run}`;
  await page.getByRole("textbox", { name: "返信・内部メモ" }).fill(note);
  await page.getByRole("button", { name: "内部メモとして保存" }).click();
  await expect(page.getByText("内部メモを保存しました。本人には見えません。")).toBeVisible();
  await expect(page.getByText(note)).toBeVisible();
  await page.getByRole("combobox", { name: "定型文を挿入" }).selectOption({ label: "カジュアル面談の日程調整" });
  await expect(page.getByRole("textbox", { name: "返信・内部メモ" })).toHaveValue(/ご都合の良い日時/);
  const reply = `来週火曜 18:00 はいかがでしょうか ${run}`;
  await page.getByRole("textbox", { name: "返信・内部メモ" }).fill(reply);
  await page.getByRole("button", { name: "返信を送る" }).click();
  await expect(page.getByText("返信を送りました。本人にはメールでも")).toBeVisible();

  // The alumna, who never reloaded, sees the reply appear — and never the note.
  await expect(asker.getByText(reply)).toBeVisible({ timeout: 10_000 });
  await expect(asker.getByText(note)).toHaveCount(0);
  await expect(asker.getByText("平野 美穂（株式会社かなでテクノロジーズ）")).toBeVisible();

  // Her answer reaches HR's open thread the same way.
  await asker.getByRole("textbox", { name: "返信" }).fill(`火曜でお願いします ${run}`);
  await asker.getByRole("button", { name: "返信する" }).click();
  await expect(page.getByText(`火曜でお願いします ${run}`)).toBeVisible({ timeout: 10_000 });

  // Her reply was mailed to her as well.
  await expect.poll(async () => Number((await queryOne<{ count: string }>(`SELECT count(*) FROM "OutboxEmail" WHERE "to" = $1 AND subject LIKE $2`, [alumna.email, `%${subject}%`])).count), { timeout: 15_000 }).toBe(1);
});
