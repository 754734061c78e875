import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("[SURVEY] HR opens an anonymous survey; an alumna answers it once; the results never say who answered what", async ({ page, browser }) => {
  test.slow(); // Two people, two browsers.
  const title = `E2E 匿名アンケート ${Date.now().toString(36)}`;
  await signIn(page, "hr@demo.kizuna.test");
  await page.goto("/demo/admin/surveys/new");
  await page.getByLabel("タイトル").fill(title);
  await page.getByLabel("匿名").check();
  await page.getByRole("group", { name: "質問 1", exact: true }).getByLabel("質問文").fill("ネットワークを友人に勧めますか？");
  const second = page.getByRole("group", { name: "質問 2", exact: true });
  await second.getByLabel("形式").selectOption({ label: "自由記述" });
  await second.getByLabel("質問文").fill("ひとことどうぞ");
  await second.getByLabel("回答必須").uncheck();
  // A choice question with one choice is explained beside the field, and nothing typed is lost.
  await page.getByRole("button", { name: "質問を追加" }).click();
  const third = page.getByRole("group", { name: "質問 3", exact: true });
  await third.getByLabel("質問文").fill("どちら？");
  await third.getByLabel("選択肢").fill("ひとつだけ");
  await page.getByRole("button", { name: "下書きを保存" }).click();
  await expect(page.getByText("選択肢を 1 行に 1 つ、2 つ以上入力してください（12 個まで）。")).toBeVisible();
  await expect(page.getByLabel("タイトル")).toHaveValue(title);
  await expect(second.getByLabel("形式")).toHaveValue("TEXT");
  await third.getByLabel("質問文").fill("");
  await page.getByRole("button", { name: "下書きを保存" }).click();
  await expect(page.getByText("下書きを保存しました。")).toBeVisible();

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "公開して案内する" }).click();
  await expect(page.getByText(/アンケートを公開しました（対象 \d+ 人）。/)).toBeVisible();

  const alumna = await (await browser.newContext()).newPage();
  await signIn(alumna, "hanako@demo.kizuna.test");
  await alumna.getByRole("link", { name: "アンケート", exact: true }).click();
  await alumna.getByRole("link", { name: new RegExp(title) }).click();
  await expect(alumna.getByText("匿名：回答はあなたの名前と結び付きません。")).toBeVisible();
  await alumna.getByRole("button", { name: "回答を送信" }).click();
  await expect(alumna.getByText("この質問に回答してください。")).toBeVisible();
  await alumna.getByRole("radiogroup", { name: "ネットワークを友人に勧めますか？" }).getByText("9", { exact: true }).click();
  await alumna.getByRole("textbox", { name: "ひとことどうぞ" }).fill("元同僚とまたつながれて嬉しい");
  await alumna.getByRole("button", { name: "回答を送信" }).click();
  // Sent: the page now thanks her as someone who has answered, and offers no form — also after a reload.
  await expect(alumna.getByRole("status").filter({ hasText: "ありがとうございました" })).toBeVisible();
  await expect(alumna.getByRole("button", { name: "回答を送信" })).toHaveCount(0);
  await alumna.reload();
  await expect(alumna.getByText("このアンケートには回答済みです。ありがとうございました。")).toBeVisible();
  await expect(alumna.getByRole("button", { name: "回答を送信" })).toHaveCount(0);

  await page.reload();
  await expect(page.getByText("元同僚とまたつながれて嬉しい")).toBeVisible();
  await expect(page.getByText("匿名アンケート：回答は個人と結び付いていません。")).toBeVisible();
  expect(await page.content()).not.toContain("佐藤 花子");
  const csv = await (await page.request.get(page.url().replace(/\?.*$/, "") + "/answers")).text();
  expect(csv).toContain("元同僚とまたつながれて嬉しい");
  expect(csv).not.toContain("佐藤");
});
