import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { profileIdOf, signIn } from "./helpers";

// The demo alumnus who keeps his current company to himself and his location for staff (prisma/seed/directory.ts).
const KENJI = { email: "kenji.watanabe@alumni.demo.example", name: "渡辺 健二", hiddenCompany: "極秘ホールディングス", staffOnlyLocation: "石垣市" };

const cards = (page: Page) => page.locator('section[aria-labelledby="directory-results"] li');
const cardNames = async (page: Page) => cards(page).locator("p.font-semibold").allTextContents();

test("[DIRECTORY] an alumna searches in Japanese and English, combines filters, pages both ways and opens a person", async ({ page }) => {
  // A long story through a dozen pages: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  await signIn(page, "emily@demo.kizuna.test");
  await page.goto("/demo");
  await page.getByRole("navigation", { name: "Portal menu" }).getByRole("link", { name: "Directory" }).click();
  await expect(page.getByRole("heading", { name: "Directory" })).toBeVisible();

  await page.getByLabel("Search", { exact: true }).fill("田中");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=%E7%94%B0%E4%B8%AD/);
  expect((await cardNames(page)).length).toBeGreaterThan(0);
  for (const name of await cardNames(page)) {
    expect(name).toContain("田中");
  }
  const japanese = await cardNames(page);

  // Stored romaji, typed in full-width capitals, finds the same people.
  await page.getByLabel("Search", { exact: true }).fill("ＴＡＮＡＫＡ");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(cards(page).first()).toBeVisible();
  expect((await cardNames(page)).sort()).toEqual([...japanese].sort());

  // Filters combine, and the URL keeps them all.
  await page.getByLabel("Search", { exact: true }).fill("");
  await page.getByLabel("Department").selectOption("営業部");
  await page.getByLabel("Skill").selectOption("Python");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/department=/);
  await expect(page).toHaveURL(/skill=Python/);
  await expect(cards(page).filter({ hasText: KENJI.name })).toHaveCount(1);

  // A search nobody matches says so, and offers to drop a filter.
  await page.getByLabel("Search", { exact: true }).fill("存在しない人物");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No one matches.")).toBeVisible();
  await page.getByRole("link", { name: /Remove the Skill: Python filter/ }).click();
  await expect(page).not.toHaveURL(/skill=/);
  await expect(page).toHaveURL(/department=/);

  // Everyone by name: forward a page, then back to exactly the first.
  await page.goto("/demo/people?sort=name");
  const first = await cardNames(page);
  expect(first).toHaveLength(20);
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/after=/);
  const second = await cardNames(page);
  expect(second).toHaveLength(20);
  expect(second.filter((n) => first.includes(n) && n !== "")).not.toEqual(first);
  await page.getByRole("link", { name: "← Previous" }).click();
  await expect(page).toHaveURL(/before=/);
  expect(await cardNames(page)).toEqual(first);
  await page.goBack();
  expect(await cardNames(page)).toEqual(second);

  // A forged cursor or an over-long query is no error page.
  const forged = await page.goto("/demo/people?after=eyJub3QiOiJ2YWxpZCJ9&q=%25_%5C");
  expect(forged?.status()).toBe(200);
  const long = await page.goto(`/demo/people?q=${"あ".repeat(150)}`);
  expect(long?.status()).toBe(200);
  await expect(page.getByText(/was not understood/)).toBeVisible();

  await page.goto("/demo/people?q=watanabe");
  await cards(page).filter({ hasText: KENJI.name }).getByRole("link").click();
  await expect(page.getByRole("heading", { name: KENJI.name })).toBeVisible();
  await expect(page.getByText("データエンジニア")).toBeVisible();
});

test("[DIRECTORY] a field its owner hid is never found, shown, or in the HTML", async ({ page }) => {
  await signIn(page, "hanako@demo.kizuna.test");
  for (const q of [KENJI.hiddenCompany, "極秘", KENJI.staffOnlyLocation]) {
    await page.goto(`/demo/people?q=${encodeURIComponent(q)}`);
    await expect(page.getByText("該当する人がいません。")).toBeVisible();
  }
  await page.goto("/demo/people?q=%E6%B8%A1%E8%BE%BA%20%E5%81%A5%E4%BA%8C");
  await expect(cards(page).filter({ hasText: KENJI.name })).toHaveCount(1);
  expect(await page.content()).not.toContain(KENJI.hiddenCompany);
  const location = await page.goto(`/demo/people?location=${encodeURIComponent(KENJI.staffOnlyLocation)}`);
  expect(await location?.text()).not.toContain(`>${KENJI.name}<`);

  const person = await page.goto(`/demo/people/${await profileIdOf(KENJI.email)}`);
  const html = await person!.text();
  expect(html).toContain(KENJI.name);
  expect(html).not.toContain(KENJI.hiddenCompany);
  expect(html).not.toContain(KENJI.staffOnlyLocation);
  // Hanako and Kenji were not at the company together in the demo unless their years overlap; either way no error.
  await expect(page.getByRole("heading", { name: KENJI.name })).toBeVisible();
});

test("[SEGMENTS] HR saves the alumni list's filters as a segment and exports exactly those people", async ({ page }) => {
  await signIn(page, "hr@demo.kizuna.test");
  await page.goto("/demo/admin/alumni?department=%E5%96%B6%E6%A5%AD%E9%83%A8&status=active");
  const count = Number((await page.getByText(/^\d+人$/).textContent())?.replace(/\D/g, ""));
  expect(count).toBeGreaterThan(0);
  const name = `営業部の登録者 ${Date.now()}`;
  await page.getByLabel("セグメント名").fill(name);
  await page.getByRole("button", { name: "セグメントを保存" }).click();
  await expect(page.getByText(`セグメント「${name}」を保存しました。`)).toBeVisible();

  await page.getByRole("link", { name: "セグメント", exact: true }).click();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
  await expect(item).toContainText("部署: 営業部");
  const download = page.waitForEvent("download");
  await item.getByRole("link", { name: "CSV出力" }).click();
  const csv = readFileSync(await (await download).path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.subarray(3).toString("utf8").split("\r\n").filter(Boolean);
  expect(lines[0]).toMatch(/^氏名,ふりがな,メール,部署/);
  expect(lines).toHaveLength(count + 1);
  for (const line of lines.slice(1)) {
    expect(line).toContain("営業部");
  }
});

test("[TENANCY] one company's alumni never appear in another's directory", async ({ page }) => {
  const kenjiProfile = await profileIdOf(KENJI.email);
  await signIn(page, "owner@sakura.kizuna.test");
  await page.goto("/sakura/people?q=%E6%B8%A1%E8%BE%BA%20%E5%81%A5%E4%BA%8C");
  await expect(page.getByText("該当する人がいません。")).toBeVisible();
  const everyone = await page.goto("/sakura/people?sort=name");
  expect(await everyone!.text()).not.toContain(KENJI.name);
  expect((await page.goto(`/sakura/people/${kenjiProfile}`))?.status()).toBe(404);
  expect((await page.goto("/demo/people"))?.status()).toBe(404);
});
