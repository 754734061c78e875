import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("[API] an admin makes a key, sees it once, reads members with it, revokes it; the next call is refused", async ({ page, request }) => {
  const name = `人事システム ${Date.now().toString(36)}`;
  await signIn(page, "owner@sakura.kizuna.test");
  await page.goto("/sakura/admin/settings");
  await page.getByRole("link", { name: "APIキー", exact: true }).click();
  await expect(page.getByRole("heading", { name: "APIキー", level: 1 })).toBeVisible();

  await page.getByLabel("名前").fill(name);
  await page.getByRole("button", { name: "キーを作成" }).click();
  await expect(page.getByText("権限を1つ以上選んでください。")).toBeVisible();
  await page.getByRole("checkbox", { name: /members:read/ }).check();
  await page.getByRole("button", { name: "キーを作成" }).click();

  await expect(page.getByText("このキーが表示されるのは今回だけです。", { exact: false })).toBeVisible();
  const secret = await page.getByTestId("api-key-secret").inputValue();
  expect(secret).toMatch(/^kz_live_[A-Za-z0-9_-]{40,}$/);

  const members = await request.get("/api/v1/members?limit=5", { headers: { authorization: `Bearer ${secret}` } });
  expect(members.status()).toBe(200);
  const body = await members.json();
  expect(body.data.length).toBeGreaterThan(0);
  expect(body).toHaveProperty("next_cursor");
  // The key reads members only: the roster sync needs another scope.
  const roster = await request.post("/api/v1/roster", { headers: { authorization: `Bearer ${secret}` }, data: { entries: [{ name: "新人", email: "new@example.com" }] } });
  expect(roster.status()).toBe(403);
  expect(roster.headers()["content-type"]).toBe("application/problem+json");

  // Once closed, the secret is gone for good: the list shows only its prefix.
  await page.getByRole("button", { name: "保存しました" }).click();
  await page.reload();
  expect(await page.content()).not.toContain(secret);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row.getByText(`${secret.slice(0, 14)}…`)).toBeVisible();

  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: `キー「${name}」を無効化` }).click();
  await expect(row.getByText(/に無効化/)).toBeVisible();

  const refused = await request.get("/api/v1/members", { headers: { authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toMatch(/^Bearer/);
  expect((await refused.json()).detail).toContain("revoked");
});

test("[API] the reference page and the OpenAPI document are public", async ({ page, request }) => {
  const document = await request.get("/api/v1/openapi.json");
  expect(document.status()).toBe(200);
  expect((await document.json()).openapi).toBe("3.1.0");
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { name: "Kizuna REST API リファレンス" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /POST\s*\/api\/v1\/roster/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "RosterEntryInput" })).toBeVisible();
});
