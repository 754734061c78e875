import { expect, test } from "@playwright/test";
import { createDemoAlumna, signIn } from "./helpers";

test("[FEED] HR posts news; an alumna reacts and comments; HR sees the comment; her report of a comment reaches the queue", async ({ page, browser }) => {
  const run = Date.now().toString(36);
  const alumna = { name: `フィード 花 ${run}`, email: `feed.${run}@example.com` };
  await createDemoAlumna(alumna.name, alumna.email);

  // HR posts news for the company from the admin feed.
  await signIn(page, "hr@demo.kizuna.test");
  await page.goto("/demo/admin/feed");
  const news = `新オフィスを大阪に開設しました ${run}`;
  await page.getByRole("textbox", { name: "会社としてニュースを投稿" }).fill(`## ${news}\n\n**4月**から稼働します。<script>alert(1)</script>`);
  await page.getByRole("button", { name: "投稿", exact: true }).click();
  await expect(page.getByRole("heading", { name: news })).toBeVisible();

  // The alumna finds it in her feed, reacts and comments.
  const reader = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await signIn(reader, alumna.email);
  await reader.goto("/demo");
  await reader.getByRole("navigation").getByRole("link", { name: "フィード" }).click();
  const post = reader.getByRole("article").filter({ has: reader.getByRole("heading", { name: news }) });
  await expect(post.getByText("4月")).toBeVisible();
  await expect(reader.getByRole("textbox", { name: "投稿する" })).toHaveCount(0);
  await post.getByRole("button", { name: "いいね：0" }).click();
  await expect(post.getByRole("button", { name: "いいね：1" })).toHaveAttribute("aria-pressed", "true");
  const comment = `おめでとうございます！大阪にも伺います ${run}`;
  await post.getByRole("textbox", { name: "コメントを書く" }).fill(comment);
  await post.getByRole("button", { name: "コメント", exact: true }).click();
  await expect(post.getByText(comment)).toBeVisible();

  // HR sees her comment and the reaction on the admin feed.
  await page.reload();
  const staffView = page.getByRole("article").filter({ has: page.getByRole("heading", { name: news }) });
  await expect(staffView.getByText(comment)).toBeVisible();
  await expect(staffView.getByText(alumna.name)).toBeVisible();
  await expect(staffView.getByRole("button", { name: "いいね：1" })).toBeVisible();

  // She reports another member's comment on the welcome post; it appears in HR's queue with her reason.
  const welcome = reader.getByRole("listitem").filter({ hasText: "Hello from Singapore!" }).filter({ hasNot: reader.getByRole("article") });
  await welcome.getByText("コメントを報告").click();
  const reason = `宣伝のように見えます ${run}`;
  await welcome.getByRole("textbox", { name: "どのような問題がありますか？" }).fill(reason);
  await welcome.getByRole("button", { name: "報告を送信" }).click();
  await expect(reader.getByText("ご報告ありがとうございます。")).toBeVisible();

  await page.reload();
  const queue = page.getByRole("region", { name: /^報告（/ });
  const report = queue.getByRole("listitem").filter({ hasText: reason });
  await expect(report).toContainText("Emily Carter さんのコメント");
  await expect(report).toContainText(`報告者：${alumna.name}`);
  await expect(report).toContainText("Hello from Singapore!");
  await report.getByRole("button", { name: "却下" }).click();
  await expect(queue.getByText(reason)).toHaveCount(0);
});
