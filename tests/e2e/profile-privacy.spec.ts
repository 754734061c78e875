import { expect, test } from "@playwright/test";
import { profileIdOf, signIn } from "./helpers";

test("[PROFILE] an alumna hides a field from everyone and another from alumni; others see only what she allows", async ({ browser }) => {
  const hanakoProfile = await profileIdOf("hanako@demo.kizuna.test");
  const hanako = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await signIn(hanako, "hanako@demo.kizuna.test");
  await hanako.goto("/demo/profile");
  await hanako.getByRole("link", { name: "編集" }).click();
  await expect(hanako.getByText("会社の人事担当者だけが見られます。")).toBeVisible();

  await hanako.getByLabel("現在の勤務先", { exact: true }).fill("ひみつ商事");
  await hanako.getByLabel("現在の勤務先: 公開範囲").selectOption({ label: "非公開" });
  await hanako.getByLabel("所在地", { exact: true }).fill("那覇市");
  await hanako.getByLabel("所在地: 公開範囲").selectOption({ label: "会社のみ" });
  await hanako.getByLabel("LinkedIn のURL", { exact: true }).fill("not a url");
  await hanako.getByRole("button", { name: "保存" }).click();
  await expect(hanako.getByText("LinkedIn のURL（https://www.linkedin.com/…）を入力してください。")).toBeVisible();
  await expect(hanako.getByLabel("現在の勤務先", { exact: true })).toHaveValue("ひみつ商事");
  await hanako.getByLabel("LinkedIn のURL", { exact: true }).fill("");
  await hanako.getByRole("button", { name: "保存" }).click();
  await expect(hanako.getByText("プロフィールを保存しました。")).toBeVisible();
  await hanako.goto("/demo/profile");
  await expect(hanako.getByText("ひみつ商事")).toBeVisible();

  const emily = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await signIn(emily, "emily@demo.kizuna.test");
  await emily.goto(`/demo/people/${hanakoProfile}`);
  await expect(emily.getByRole("heading", { name: "佐藤 花子" })).toBeVisible();
  await expect(emily.getByText("ひみつ商事")).toHaveCount(0);
  await expect(emily.getByText("那覇市")).toHaveCount(0);

  const hr = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await signIn(hr, "hr@demo.kizuna.test");
  await hr.goto(`/demo/people/${hanakoProfile}`);
  await expect(hr.getByText("那覇市")).toBeVisible();
  await expect(hr.getByText("ひみつ商事")).toHaveCount(0);
});
