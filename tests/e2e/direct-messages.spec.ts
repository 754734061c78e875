import { expect, test } from "@playwright/test";
import { createDemoAlumna, profileIdOf, signIn } from "./helpers";

test("[DM] two alumnae message each other live; one reports and blocks, the other's send is refused; the report reaches moderation", async ({ page, browser }) => {
  test.slow(); // Three people and a 2-second poll.
  const run = Date.now().toString(36);
  const aoi = { name: `青井 葵 ${run}`, email: `aoi.${run}@example.com` };
  const ben = { name: `Ben Walker ${run}`, email: `ben.${run}@example.com` };
  await createDemoAlumna(aoi.name, aoi.email);
  await createDemoAlumna(ben.name, ben.email);

  // Aoi writes to Ben from his page in the directory.
  const a = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await signIn(a, aoi.email);
  await a.goto(`/demo/people/${await profileIdOf(ben.email)}`);
  await a.getByRole("link", { name: "メッセージを送る" }).click();
  await a.getByRole("textbox", { name: "メッセージ" }).fill(`お久しぶりです、ランチしませんか ${run}`);
  await a.getByRole("button", { name: "送信する" }).click();
  await expect(a).toHaveURL(/\/demo\/messages\/[^/]+$/);
  await expect(a.getByRole("heading", { level: 1, name: `${ben.name}さんとのメッセージ` })).toBeVisible();

  // Ben finds it among his messages, marked as between alumni, and answers.
  const b = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await signIn(b, ben.email);
  await b.goto("/demo/messages");
  const thread = b.getByRole("link", { name: new RegExp(`${aoi.name}さんとのメッセージ`) });
  await expect(thread).toContainText("卒業生同士");
  await thread.click();
  await expect(b.getByText(`お久しぶりです、ランチしませんか ${run}`)).toBeVisible();
  const pitch = `それより投資スクールに興味ありませんか ${run}`;
  await b.getByRole("textbox", { name: "返信" }).fill(pitch);
  await b.getByRole("button", { name: "返信する" }).click();

  // Aoi, who never reloaded, sees it arrive; she reports it and blocks Ben.
  await expect(a.getByText(pitch)).toBeVisible({ timeout: 10_000 });
  const message = a.getByRole("article").filter({ hasText: pitch });
  await message.getByText("報告", { exact: true }).click();
  await message.getByRole("radio", { name: "スパム・宣伝" }).check();
  await message.getByRole("textbox", { name: "補足（任意）" }).fill("勧誘です");
  await message.getByRole("button", { name: "報告する" }).click();
  await expect(a.getByText("ご報告ありがとうございます。")).toBeVisible();
  await a.getByRole("button", { name: `${ben.name}さんをブロック` }).click();
  await expect(a.getByText("ブロックしました。")).toBeVisible();

  // Ben's next message is refused, with no word of a block; what he typed stays.
  await b.getByRole("textbox", { name: "返信" }).fill(`もしもし？ ${run}`);
  await b.getByRole("button", { name: "返信する" }).click();
  await expect(b.getByText("この方にはメッセージを送れません。")).toBeVisible();
  await expect(b.getByRole("textbox", { name: "返信" })).toHaveValue(`もしもし？ ${run}`);

  // HR sees the reported message — only that one — in the moderation queue.
  await signIn(page, "hr@demo.kizuna.test");
  await page.goto("/demo/admin/moderation");
  const report = page.getByRole("listitem").filter({ hasText: pitch });
  await expect(report).toContainText(aoi.name);
  await expect(report).toContainText("勧誘です");
  await expect(page.getByText(`お久しぶりです、ランチしませんか ${run}`)).toHaveCount(0);
});
