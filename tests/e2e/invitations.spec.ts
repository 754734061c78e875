import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

async function addToRoster(page: Page, name: string, number: string, email: string) {
  await page.goto("/demo/admin/roster");
  await page.getByText("手入力で追加").click();
  await page.getByLabel("氏名").fill(name);
  await page.getByLabel("社員番号").fill(number);
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("部署").fill("開発部");
  await page.getByRole("button", { name: "名簿に追加" }).click();
  await expect(page.getByText(`${name} さんを名簿に追加しました。`)).toBeVisible();
}

test("[INVITE] HR invites two people; one opens the link from the outbox, joins and lands in the portal", async ({ page, browser }) => {
  // Three browsers, a queued email and a whole account's life: close to 30 s when the machine is busy.
  test.slow();
  const run = Date.now().toString(36);
  await signIn(page, "hr@demo.kizuna.test");
  await addToRoster(page, "招待 一郎", `INV-${run}-1`, `ichiro.${run}@example.com`);
  await addToRoster(page, "招待 二郎", `INV-${run}-2`, `jiro.${run}@example.com`);

  await page.getByLabel("名簿を検索").fill(`INV-${run}`);
  await page.getByRole("button", { name: "検索", exact: true }).click();
  await page.getByRole("checkbox", { name: "招待 一郎 を選択" }).check();
  await page.getByRole("checkbox", { name: "招待 二郎 を選択" }).check();
  await page.getByRole("button", { name: "選択した人を招待" }).click();
  await expect(page.getByText("2人に招待を送ります（メールは順次送信されます）。")).toBeVisible();
  await expect(page.getByRole("cell", { name: "招待済み" })).toHaveCount(2);

  // The job queue sends the emails; the invitee reads theirs in the outbox.
  const invitee = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await invitee.goto("/dev/mail");
  const email = invitee.getByRole("link", { name: new RegExp(`アルムナイ・ネットワークへのご招待.*ichiro\\.${run}@example\\.com`) });
  await expect(async () => {
    await invitee.reload();
    await expect(email).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await email.click();
  const [join] = await Promise.all([invitee.waitForEvent("popup"), invitee.frameLocator("iframe").getByRole("link", { name: "ネットワークに参加する" }).click()]);

  await expect(join.getByRole("heading", { name: "株式会社かなでテクノロジーズ アルムナイ・ネットワークへの参加" })).toBeVisible();
  const joinUrl = join.url();
  await expect(join.getByLabel("お名前")).toHaveValue("招待 一郎");
  await join.getByLabel("パスワード").fill("a-long-enough-password");
  await join.getByRole("button", { name: "参加する" }).click();
  await expect(join.getByText("参加するには同意が必要です。")).toBeVisible();
  await join.getByLabel(/利用規約とプライバシーポリシー/).check();
  await join.getByLabel("パスワード").fill("a-long-enough-password");
  await join.getByRole("button", { name: "参加する" }).click();
  await expect(join).toHaveURL(/\/demo\/profile\/edit\?welcome=1$/);
  await expect(join.getByRole("heading", { name: "ようこそ！プロフィールを整えましょう" })).toBeVisible();
  await expect(join.getByLabel("表示名", { exact: true })).toHaveValue("招待 一郎");
  await expect(join.getByLabel("在籍時の部署", { exact: true })).toHaveValue("開発部");

  // The link is used up; HR sees who joined.
  const again = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await again.goto(joinUrl);
  await expect(again.getByText("この招待リンクはすでに使われています。ログインしてネットワークをご利用ください。")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("cell", { name: "登録済み" })).toHaveCount(1);
  await expect(page.getByRole("cell", { name: "招待済み" })).toHaveCount(1);

  // The new alumnus takes their data away, then deletes the account.
  await join.getByRole("link", { name: "あとで" }).click();
  await join.getByRole("link", { name: "アカウント" }).click();
  const download = join.waitForEvent("download");
  await join.getByRole("link", { name: "データをダウンロード" }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(exported.account.email).toBe(`ichiro.${run}@example.com`);
  expect(exported.account.memberships[0].profile.displayName).toBe("招待 一郎");
  expect(exported.rosterEntries[0].employeeNumber).toBe(`INV-${run}-1`);

  await join.getByLabel(/確認のため、メールアドレス/).fill("someone@else.example");
  await join.getByRole("button", { name: "アカウントを完全に削除" }).click();
  await expect(join.getByText("メールアドレスが一致しません。")).toBeVisible();
  await join.getByLabel(/確認のため、メールアドレス/).fill(`ichiro.${run}@example.com`);
  await join.getByRole("button", { name: "アカウントを完全に削除" }).click();
  await expect(join.getByText("アカウントを削除しました。ご利用ありがとうございました。")).toBeVisible();
  await join.goto("/signin");
  await join.getByLabel("メールアドレス").fill(`ichiro.${run}@example.com`);
  await join.getByRole("textbox", { name: "パスワード", exact: true }).fill("a-long-enough-password");
  await join.getByRole("button", { name: "ログイン", exact: true }).click();
  await expect(join.getByRole("alert").filter({ hasText: "メールアドレスまたはパスワードが正しくありません。" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("cell", { name: "登録済み" })).toHaveCount(0);
});
