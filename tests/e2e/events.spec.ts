import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import Papa from "papaparse";
import { createDemoAlumna, signIn } from "./helpers";

async function alumnaPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await signIn(page, email);
  return page;
}

async function answerGoing(page: Page, eventUrl: string) {
  await page.goto(eventUrl);
  await page.getByRole("radio", { name: "参加する" }).check();
  await page.getByLabel("食事の制限", { exact: true }).fill("なし");
  await page.getByRole("button", { name: "回答する" }).click();
}

/** Waits for the outbox to hold a mail whose list entry matches, and opens it. */
async function openMail(page: Page, entry: RegExp) {
  await page.goto("/dev/mail");
  const link = page.getByRole("link", { name: entry });
  await expect(async () => {
    await page.reload();
    await expect(link).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await link.first().click();
}

test("[EVENTS] capacity 2: the third waits, is promoted when someone cancels and is mailed; the .ics is valid; check-in and export agree", async ({ page, browser }) => {
  test.slow(); // Four people, a job queue and two downloads.
  const run = Date.now().toString(36);
  const title = `E2E交流会 ${run}`;
  const people = [1, 2, 3].map((n) => ({ name: `イベント 参加${n}号 ${run}`, email: `event${n}.${run}@example.com` }));
  for (const p of people) {
    await createDemoAlumna(p.name, p.email);
  }

  // HR creates and publishes the event.
  await signIn(page, "hr@demo.kizuna.test");
  await page.goto("/demo/admin/events");
  await page.getByRole("link", { name: "イベントを作成" }).click();
  await page.getByLabel("タイトル").fill(title);
  await page.getByLabel("説明").fill("**年末**の交流会です。");
  await page.getByLabel("会場名").fill("本社ラウンジ");
  await page.getByLabel("住所").fill("東京都渋谷区道玄坂1-12-1");
  await page.getByLabel("開始", { exact: true }).fill("2030-12-11T19:00");
  await page.getByLabel("終了", { exact: true }).fill("2030-12-11T18:00");
  await page.getByLabel("定員").fill("2");
  await page.getByLabel("質問 1").fill("食事の制限");
  await page.getByRole("button", { name: "下書きを作成" }).click();
  await expect(page.getByText("終了は開始より後にしてください。")).toBeVisible();
  await page.getByLabel("終了", { exact: true }).fill("2030-12-11T21:00");
  await page.getByRole("button", { name: "下書きを作成" }).click();
  await expect(page.getByText("下書きを作成しました。準備ができたら公開してください。")).toBeVisible();
  await page.getByRole("button", { name: "公開する" }).click();
  await expect(page.getByText("イベントを公開しました。")).toBeVisible();
  const eventUrl = page.url().replace("/admin/events/", "/events/").replace(/\?.*$/, "");

  // Three alumni answer "going"; the third joins the waiting line.
  const [first, second, third] = await Promise.all(people.map((p) => alumnaPage(browser, p.email)));
  await answerGoing(first!, eventUrl);
  await expect(first!.getByText("参加を受け付けました。確認メールをお送りします。")).toBeVisible();
  await answerGoing(second!, eventUrl);
  await expect(second!.getByText("参加を受け付けました。確認メールをお送りします。")).toBeVisible();
  await answerGoing(third!, eventUrl);
  await expect(third!.getByText("満席のため、キャンセル待ちに登録しました。席が空いたらメールでお知らせします。")).toBeVisible();
  await expect(third!.getByText("キャンセル待ち（1番目）です。")).toBeVisible();

  // The first cancels; the third moves up and is told by email.
  first!.once("dialog", (dialog) => dialog.accept());
  await first!.getByRole("button", { name: "申込を取り消す" }).click();
  await expect(first!.getByText("申込を取り消しました。").first()).toBeVisible();
  await third!.reload();
  await expect(third!.getByText("参加が確定しています。")).toBeVisible();
  const mailbox = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await openMail(mailbox, new RegExp(`【参加確定】キャンセル待ちから繰り上がりました：${title}.*${people[2]!.email}`));
  await expect(mailbox.frameLocator("iframe").getByText("席が空いたため、参加が確定しました。", { exact: false })).toBeVisible();

  // The second's confirmation carries a calendar file a calendar can read.
  await openMail(mailbox, new RegExp(`【参加確定】${title}.*${people[1]!.email}`));
  const icsDownload = mailbox.waitForEvent("download");
  await mailbox.getByRole("link", { name: "event.ics" }).click();
  const ics = readFileSync(await (await icsDownload).path(), "utf8");
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics).toContain("BEGIN:VEVENT");
  expect(ics).toContain(`SUMMARY:${title}`);
  // 19:00 in Tokyo is 10:00 UTC.
  expect(ics).toContain("DTSTART:20301211T100000Z");
  expect(ics).toContain("DTEND:20301211T120000Z");
  expect(ics).toContain("LOCATION:東京都渋谷区道玄坂1-12-1");
  expect(ics.trimEnd()).toMatch(/END:VEVENT\r\nEND:VCALENDAR$/);

  // At the door, staff find the second by name and check them in.
  await page.goto(`${page.url().replace(/\?.*$/, "")}/check-in`);
  await expect(page.getByText("2人中 0人 受付済み")).toBeVisible();
  await page.getByLabel("名前で検索").fill(`参加2号 ${run}`);
  await page.getByRole("button", { name: "検索", exact: true }).click();
  await page.getByRole("button", { name: `${people[1]!.name} さんを受付` }).click();
  await expect(page.getByText("2人中 1人 受付済み")).toBeVisible();
  await expect(page.getByRole("button", { name: `${people[1]!.name} さんの受付を取り消す` })).toBeVisible();

  // The attendee list says the same: two with a seat, one of them attended, with their answers.
  await page.getByRole("link", { name: "イベントに戻る" }).click();
  await expect(page.getByText("50%（1/2）")).toBeVisible();
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "参加者リスト（CSV）" }).click();
  const csv = readFileSync(await (await csvDownload).path(), "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(csv.slice(1).trim(), { newline: "\r\n" }).data;
  expect(rows[0]).toEqual(["氏名", "ふりがな", "メールアドレス", "状態", "同伴者", "回答日時", "出席", "食事の制限"]);
  const byEmail = new Map(rows.slice(1).map((r) => [r[2], r]));
  expect([...byEmail.keys()].sort()).toEqual([people[1]!.email, people[2]!.email].sort());
  expect(byEmail.get(people[1]!.email)).toEqual(expect.arrayContaining([people[1]!.name, "参加", "はい", "なし"]));
  expect(byEmail.get(people[2]!.email)).toEqual(expect.arrayContaining([people[2]!.name, "参加", "いいえ"]));
});
