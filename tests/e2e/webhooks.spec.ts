import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signUpCompany } from "./helpers";

test("[WEBHOOKS] an admin adds an endpoint at a local receiver, sends a test, and sees it delivered with 200", async ({ page }) => {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"received":true}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://localhost:${(receiver.address() as AddressInfo).port}/kizuna/webhooks`;
  try {
    const slug = `wh-${Date.now().toString(36)}`;
    await signUpCompany(page, slug, "フック商事株式会社");
    await page.goto(`/${slug}/admin/settings/webhooks`);
    await expect(page.getByRole("heading", { name: "Webhook", exact: true })).toBeVisible();

    await page.getByLabel("URL").fill(url);
    await page.getByRole("button", { name: "送信先を追加" }).click();
    await expect(page.getByText("イベントを1つ以上選んでください。")).toBeVisible();
    await page.getByRole("checkbox", { name: /member\.joined/ }).check();
    await page.getByRole("checkbox", { name: /rsvp\.created/ }).check();
    await page.getByRole("button", { name: "送信先を追加" }).click();
    await expect(page.getByRole("heading", { name: url })).toBeVisible();

    await page.getByRole("button", { name: "テスト送信" }).click();
    await expect(page.getByText("テストイベントが届きました。受信側の応答: 200")).toBeVisible();
    const row = page.getByTestId("webhook-delivery").first();
    await expect(row).toContainText("webhook.test");
    await expect(row).toContainText("配信済み");
    await expect(row).toContainText("200");

    // The receiver checks the signature with the secret the page shows.
    await page.getByText("シークレットを表示").click();
    const secret = (await page.getByTestId("webhook-secret").textContent())!.trim();
    expect(received).toHaveLength(1);
    const [{ headers, body }] = received as [(typeof received)[number]];
    const expected = createHmac("sha256", Buffer.from(secret.replace(/^whsec_/, ""), "base64")).update(`${headers["webhook-id"]}.${headers["webhook-timestamp"]}.${body}`).digest("base64");
    expect(headers["webhook-signature"]).toBe(`v1,${expected}`);
    expect(JSON.parse(body)).toMatchObject({ type: "webhook.test", tenant: { slug } });
  } finally {
    receiver.closeAllConnections();
    await new Promise((resolve) => receiver.close(resolve));
  }
});
