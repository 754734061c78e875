import { expect, test, type Browser, type Page } from "@playwright/test";
import { createDemoAlumna, queryOne, signIn } from "./helpers";

async function alumnaPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await signIn(page, email);
  return page;
}

test("[OPPORTUNITIES] HR posts a contract role for a segment; the alumna in it is interested, is moved to HIRED and sees the shared status; one outside cannot see it; an accepted referral is emailed", async ({ page, browser }) => {
  test.setTimeout(150_000); // Three people, a job queue and a mailbox, on a 2-core machine.
  const run = Date.now().toString(36);
  const department = `E2Eデータ部 ${run}`;
  const segment = `E2E データ部OB ${run}`;
  const title = `データ基盤の業務委託 ${run}`;
  const inside = { name: `委託 候補 ${run}`, email: `inside.${run}@example.com` };
  const outside = { name: `部外 次郎 ${run}`, email: `outside.${run}@example.com` };
  const referred = { name: `紹介 友人 ${run}`, email: `friend.${run}@example.com` };
  await createDemoAlumna(inside.name, inside.email, department);
  await createDemoAlumna(outside.name, outside.email, null);
  const tenant = await queryOne<{ id: string }>(`SELECT id FROM "Tenant" WHERE slug = 'demo'`);
  await queryOne(`INSERT INTO "Segment" (id, "tenantId", name, filters, "updatedAt") VALUES ($1, $2, $3, $4, now())`, [`seg${run}`, tenant.id, segment, JSON.stringify({ department })]);

  // HR writes a contract posting for the segment and opens it.
  await signIn(page, "hr@demo.kizuna.test");
  await page.goto("/demo/admin/opportunities");
  await page.getByRole("link", { name: "新しい募集" }).click();
  await page.getByRole("radio", { name: "業務委託" }).check();
  await page.getByRole("button", { name: "下書きを作成" }).click();
  await expect(page.getByText("入力してください。")).toBeVisible();
  await page.getByLabel("タイトル").fill(title);
  await page.getByLabel("説明").fill("週2日・**フルリモート**の業務委託です。");
  await page.getByLabel("条件").fill("時給 8,000円 / 3か月〜");
  await page.getByLabel("公開範囲").selectOption({ label: segment });
  await page.getByRole("button", { name: "下書きを作成" }).click();
  await expect(page.getByText("下書きを作成しました。準備ができたら公開してください。")).toBeVisible();
  await page.getByRole("button", { name: "募集を公開" }).click();
  await expect(page.getByText("募集を公開しました。")).toBeVisible();
  const postingUrl = page.url().replace("/admin/opportunities/", "/opportunities/").replace(/\?.*$/, "");

  // The alumna in the segment finds it, says she is interested with a note, and refers a friend.
  const alumna = await alumnaPage(browser, inside.email);
  await alumna.goto("/demo/opportunities?kind=CONTRACT");
  await alumna.getByRole("link", { name: title }).click();
  await expect(alumna.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await alumna.getByLabel("メモ（任意）").fill("来月から週2日で参加できます。");
  await alumna.getByRole("button", { name: "話を聞いてみたい" }).click();
  await expect(alumna.getByText("ありがとうございます。会社から連絡があります。")).toBeVisible();
  await alumna.getByLabel("お名前").fill(referred.name);
  await alumna.getByLabel("メールアドレス").fill(referred.email);
  await alumna.getByRole("button", { name: "推薦を送る" }).click();
  await expect(alumna.getByText("ありがとうございます。合いそうであれば会社から連絡します。")).toBeVisible();
  // The same friend twice: refused beside the address, and the form keeps what was typed.
  await alumna.getByLabel("お名前").fill(referred.name);
  await alumna.getByLabel("メールアドレス").fill(referred.email.toUpperCase());
  await alumna.getByRole("button", { name: "推薦を送る" }).click();
  await expect(alumna.getByText("この方はすでにこの募集に推薦されています。")).toBeVisible();
  await expect(alumna.getByLabel("お名前")).toHaveValue(referred.name);

  // The alumna outside the segment sees neither the posting in the list nor its page.
  const other = await alumnaPage(browser, outside.email);
  await other.goto("/demo/opportunities");
  await expect(other.getByRole("heading", { name: "求人・協業" })).toBeVisible();
  await expect(other.getByRole("link", { name: title })).toHaveCount(0);
  expect((await other.goto(postingUrl))?.status()).toBe(404);

  // HR moves her through the stages to HIRED, with the words she will see.
  await page.goto("/demo/admin/pipeline");
  await page.getByRole("link", { name: inside.name }).first().click();
  await expect(page.getByText("来月から週2日で参加できます。").first()).toBeVisible();
  for (const stage of ["連絡済み", "面談・選考中", "オファー"]) {
    await page.getByLabel("段階").selectOption({ label: stage });
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByText(`→ ${stage}`)).toBeVisible();
  }
  await page.getByLabel("段階").selectOption({ label: "入社決定" });
  await page.getByLabel("再入社日").fill("2027-01-05");
  await page.getByLabel("本人に表示する状況").fill("1月5日からよろしくお願いします！");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByText("オファー → 入社決定")).toBeVisible();
  await expect(page.getByText(/2027年1月5日に再入社/)).toBeVisible();

  // Her own view shows the status HR chose to share.
  await alumna.goto("/demo/opportunities/mine");
  await expect(alumna.getByText("1月5日からよろしくお願いします！")).toBeVisible();
  await expect(alumna.getByRole("link", { name: title })).toBeVisible();

  // HR accepts the referral; the friend gets the mail.
  await page.goto("/demo/admin/pipeline");
  await page.getByRole("button", { name: `${referred.name}さんの推薦を承認して連絡する` }).click();
  await expect(page.getByText("承認しました。メールを送信します。")).toBeVisible();
  await page.goto("/dev/mail");
  const mail = page.getByRole("link", { name: new RegExp(`「${title}」にご推薦`) });
  // She was mailed the status HR shared too.
  const statusMail = page.getByRole("link", { name: new RegExp(`「${title}」についてのお知らせ`) });
  await expect(async () => {
    await page.reload();
    await expect(mail).toBeVisible({ timeout: 500 });
    await expect(statusMail).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await mail.first().click();
  await expect(page.getByText(referred.email).first()).toBeVisible();
  await page.goto("/dev/mail");
  await statusMail.first().click();
  await expect(page.getByText(inside.email).first()).toBeVisible();
  await expect(page.frameLocator("iframe").getByText("1月5日からよろしくお願いします！")).toBeVisible();
});
