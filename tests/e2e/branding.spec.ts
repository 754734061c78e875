import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { brandScale } from "../../lib/branding/colour";
import { queryOne, signUpCompany } from "./helpers";

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

/** A small wide logo made for the test: a blue band with a white bar, as a PNG. */
const logoPng = () =>
  sharp(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80"><rect width="300" height="80" rx="12" fill="#1d4ed8"/><rect x="24" y="30" width="180" height="20" fill="#ffffff"/></svg>'))
    .png()
    .toBuffer();

test("[BRANDING] an owner sets a colour and logo, previews them, saves, and sees them on the portal and in an email", async ({ page }) => {
  test.slow(); // Sign-up, uploads, the portal and a test email.
  const run = Date.now().toString(36);
  const slug = `brand-${run}`;
  const color = "#1d4ed8";
  const scale = brandScale(color);
  await signUpCompany(page, slug, `ブランド試験 ${run} 株式会社`);

  await page.goto(`/${slug}/admin/settings`);
  await page.getByRole("link", { name: "ブランディング" }).click();
  await expect(page.getByRole("heading", { name: "ブランディング", level: 1 })).toBeVisible();

  // A file that is not an image is refused beside the field, in the reader's language.
  await page.getByLabel("ロゴ", { exact: true }).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("this is text, not a picture") });
  await page.getByRole("button", { name: "ブランディングを保存" }).click();
  await expect(page.getByText("読み込める画像ではありません。PNG・JPEG・WebP・GIF の画像を選んでください（SVG は使えません）。")).toBeVisible();

  const png = await logoPng();
  await page.getByLabel("ロゴ", { exact: true }).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png });
  await page.getByLabel("ファビコン", { exact: true }).setInputFiles({ name: "icon.png", mimeType: "image/png", buffer: png });
  await page.getByLabel("カラーコード").fill(color);
  await page.getByLabel("差出人名").fill(`Brand Alumni ${run}`);
  await page.getByLabel("返信先アドレス").fill("alumni@brand.example");
  await expect(page.getByText("白い文字とのコントラスト: 6.70:1 — 読みやすい色です。")).toBeVisible();

  // The preview shows the choice before anything is stored.
  const portalPreview = page.getByTestId("portal-preview");
  await expect(portalPreview.getByText("参加する")).toHaveCSS("background-color", rgb(color));
  await expect(portalPreview.locator("img")).toHaveAttribute("src", /^blob:/);
  await expect(page.getByTestId("email-preview").getByText(`差出人: Brand Alumni ${run} <`)).toBeVisible();
  expect(await queryOne(`SELECT "brandColor" FROM "Tenant" WHERE slug = $1`, [slug])).toEqual({ brandColor: null });

  await page.getByRole("button", { name: "ブランディングを保存" }).click();
  await expect(page.getByText("ブランディングを保存しました。")).toBeVisible();

  // The portal: the logo in the header, the company's shades on its accents, its favicon in the tab.
  await page.goto(`/${slug}`);
  const logo = page.getByRole("banner").getByRole("img", { name: /ブランド試験 .* のロゴ/ });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByRole("banner").getByText("アルムナイ", { exact: true })).toHaveCSS("color", rgb(scale[800]));
  await expect(page.getByRole("banner").getByText("アルムナイ", { exact: true })).toHaveCSS("background-color", rgb(scale[100]));
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", new RegExp(`/api/tenants/${slug}/favicon\\?v=`));

  // An email on the company's behalf: a test announcement to the owner.
  const subject = `E2E ブランドのお知らせ ${run}`;
  await page.goto(`/${slug}/admin/broadcasts/new`);
  const ja = page.getByRole("group", { name: "日本語" });
  await ja.getByLabel("件名").fill(subject);
  await ja.getByLabel("本文").fill("ブランドの色とロゴのテストです。");
  await page.getByRole("button", { name: "自分にテスト送信" }).click();
  await expect(page.getByText("保存し、あなたのアドレスにテストを送りました。")).toBeVisible();
  const mail = await queryOne<{ from: string; replyTo: string; html: string }>(
    `SELECT "from", "replyTo", html FROM "OutboxEmail" WHERE "to" = $1 AND subject LIKE $2 ORDER BY "createdAt" DESC LIMIT 1`,
    [`${slug}@example.com`, `%${subject}%`],
  );
  expect(mail.from).toMatch(new RegExp(`^"Brand Alumni ${run}" <`));
  expect(mail.replyTo).toBe("alumni@brand.example");
  expect(mail.html).toContain(color);
  const logoUrl = new RegExp(`src="(https?://[^"]+/api/tenants/${slug}/logo\\?v=[^"]+)"`).exec(mail.html)?.[1];
  expect(logoUrl).toBeTruthy();
  const served = await page.request.get(logoUrl!.replaceAll("&amp;", "&"));
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/png");
});
