import { expect, test } from "@playwright/test";
import { pngOf } from "../support/images";
import { profileIdOf, signIn } from "./helpers";

test("[PROFILE] an alumna adds a photo, is told plainly when a file is not an image, and fellow alumni see it", async ({ browser }) => {
  const hanakoProfile = await profileIdOf("hanako@demo.kizuna.test");
  const hanako = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await signIn(hanako, "hanako@demo.kizuna.test");
  await hanako.goto("/demo/profile/edit");
  await expect(hanako.getByRole("img", { name: "佐藤 花子さんの写真" })).toHaveCount(0);

  const photo = hanako.getByLabel("プロフィール写真", { exact: true });
  await photo.setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from("これは画像ではありません") });
  await hanako.getByRole("button", { name: "写真をアップロード" }).click();
  await expect(hanako.getByRole("alert").filter({ hasText: "このファイルは画像として読めません。JPEG・PNG・WebP・GIFの画像を選んでください。" })).toBeVisible();

  await photo.setInputFiles({ name: "me.png", mimeType: "image/png", buffer: await pngOf(900, 600) });
  await hanako.getByRole("button", { name: "写真をアップロード" }).click();
  await expect(hanako.getByText("写真を更新しました。")).toBeVisible();
  await expect(hanako.getByRole("img", { name: "佐藤 花子さんの写真" })).toBeVisible();

  await hanako.goto("/demo/profile");
  const mine = hanako.getByRole("img", { name: "佐藤 花子さんの写真" });
  await expect(mine).toBeVisible();
  // Really loaded (not a broken image): the browser decoded the 256-pixel square.
  await expect.poll(() => mine.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(256);

  const emily = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signIn(emily, "emily@demo.kizuna.test");
  await emily.goto(`/demo/people/${hanakoProfile}`);
  const seen = emily.getByRole("img", { name: "Photo of 佐藤 花子" });
  await expect.poll(() => seen.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(256);
});
