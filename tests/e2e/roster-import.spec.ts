import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import iconv from "iconv-lite";
import { signIn } from "./helpers";

// What Japanese Excel writes: Shift_JIS, CRLF, a name column under a header the importer does not know.
const rows = [
  ["社員番号", "お名前（漢字）", "メールアドレス", "所属", "入社日", "退職日", "雇用形態"],
  ["E2E001", "取込 一郎", "ichiro.torikomi@example.com", "営業部", "2012/4/1", "2019/3/31", "正社員"],
  ["E2E002", "取込 花子", "hanako.torikomi@example", "開発部", "2014/4/1", "2021/9/30", "正社員"],
  ["E2E003", "取込 次郎", "jiro.torikomi@example.com", "人事部", "平成28年4月1日", "令和3年3月31日", "契約社員"],
  ["E2E004", "髙橋 取込", "takahashi.torikomi@example.com", "開発部", "2016/10/1", "2023/12/31", "正社員"],
];
const shiftJisCsv = iconv.encode(rows.map((r) => r.join(",")).join("\r\n") + "\r\n", "Shift_JIS");

async function uploadRoster(page: import("@playwright/test").Page) {
  await page.goto("/demo/admin/roster/import");
  await page.getByLabel("CSVファイル").setInputFiles({ name: "退職者名簿.csv", mimeType: "text/csv", buffer: shiftJisCsv });
  await page.getByRole("button", { name: "アップロードして確認" }).click();
  await expect(page.getByRole("heading", { name: "取り込み内容の確認" })).toBeVisible();
}

test("[ROSTER] HR imports a Shift_JIS CSV: fixes the mapping, sees the bad row, imports; the same file again changes nothing", async ({ page }) => {
  await signIn(page, "hr@demo.kizuna.test");
  await uploadRoster(page);
  await expect(page.getByText("退職者名簿.csv（文字コード: Shift_JIS）")).toBeVisible();

  // The name column was not recognised: every row lacks a name until the person maps it.
  await expect(page.getByText("氏名がありません。")).toHaveCount(4);
  await page.getByLabel("氏名", { exact: true }).selectOption({ label: "お名前（漢字）" });
  await page.getByRole("button", { name: "プレビューを更新" }).click();
  await expect(page.getByText("氏名がありません。")).toHaveCount(0);
  const problems = page.getByRole("table").filter({ hasText: "問題" });
  await expect(problems.getByRole("row")).toHaveCount(2);
  await expect(problems).toContainText("メールアドレスの形式が正しくありません。");
  await expect(page.getByRole("cell", { name: "髙橋 取込" })).toBeVisible();

  await page.getByRole("button", { name: "3件を取り込む" }).click();
  await expect(page.getByText("取り込みが完了しました: 追加 3件、更新 0件、変更なし 0件、スキップ 1件")).toBeVisible();
  await page.getByLabel("名簿を検索").fill("取込");
  await page.getByRole("button", { name: "検索", exact: true }).click();
  await expect(page.getByRole("link", { name: "取込 次郎" })).toBeVisible();
  await expect(page.getByText("3件が一致")).toBeVisible();

  await uploadRoster(page);
  await page.getByLabel("氏名", { exact: true }).selectOption({ label: "お名前（漢字）" });
  await page.getByRole("button", { name: "プレビューを更新" }).click();
  await page.getByRole("button", { name: "3件を取り込む" }).click();
  await expect(page.getByText("取り込みが完了しました: 追加 0件、更新 0件、変更なし 3件、スキップ 1件")).toBeVisible();
});

test("[ROSTER] HR adds, edits and removes an entry by hand, and exports the roster for Excel", async ({ page }) => {
  await signIn(page, "hr@demo.kizuna.test");
  await page.goto("/demo/admin/roster");
  await page.getByText("手入力で追加").click();
  await page.getByLabel("氏名").fill("手入力 三郎");
  await page.getByLabel("退職日").fill("2015/3/31");
  await page.getByLabel("入社日").fill("2018/4/1");
  await page.getByRole("button", { name: "名簿に追加" }).click();
  await expect(page.getByText("社員番号かメールアドレスのどちらかを入力してください。")).toBeVisible();
  await expect(page.getByText("退職日が入社日より前です。")).toBeVisible();
  await expect(page.getByLabel("氏名")).toHaveValue("手入力 三郎");

  await page.getByLabel("社員番号").fill("H0003");
  await page.getByLabel("入社日").fill("2010/4/1");
  await page.getByRole("button", { name: "名簿に追加" }).click();
  await expect(page.getByText("手入力 三郎 さんを名簿に追加しました。")).toBeVisible();

  await page.getByLabel("名簿を検索").fill("H0003");
  await page.getByRole("button", { name: "検索", exact: true }).click();
  await page.getByRole("link", { name: "手入力 三郎" }).click();
  await page.getByLabel("部署").fill("法務部");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("手入力 三郎 さんの情報を保存しました。")).toBeVisible();

  const download = page.waitForEvent("download");
  await page.goto("/demo/admin/roster");
  await page.getByRole("link", { name: "CSVで書き出す" }).click();
  const csv = readFileSync(await (await download).path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.toString("utf8");
  expect(text).toContain("社員番号,氏名,フリガナ,メールアドレス,部署,入社日,退職日");
  expect(text).toContain("H0003,手入力 三郎,,,法務部,2010-04-01,2015-03-31");

  await page.getByLabel("名簿を検索").fill("H0003");
  await page.getByRole("button", { name: "検索", exact: true }).click();
  await page.getByRole("link", { name: "手入力 三郎" }).click();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "名簿から削除" }).click();
  await expect(page).toHaveURL(/\/demo\/admin\/roster$/);
  await page.getByLabel("名簿を検索").fill("H0003");
  await page.getByRole("button", { name: "検索", exact: true }).click();
  await expect(page.getByText("「H0003」に一致する人はいません。")).toBeVisible();
});

test("[ROSTER] an alumna and another company's owner get 404 on the roster, its upload and its export", async ({ page, request }) => {
  for (const email of ["hanako@demo.kizuna.test", "owner@sakura.kizuna.test"]) {
    await signIn(page, email);
    for (const path of ["/demo/admin/roster", "/demo/admin/roster/import", "/demo/admin/roster/export"]) {
      expect((await page.goto(path))?.status(), `${email} ${path}`).toBe(404);
    }
    const upload = await page.request.post("/demo/admin/roster/upload", { data: "a,b\r\n", headers: { "x-file-name": "x.csv" } });
    expect(upload.status()).toBe(404);
    await page.context().clearCookies();
  }
  expect((await request.get("/demo/admin/roster/export")).status()).toBe(404);
});
