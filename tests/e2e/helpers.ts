import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import pg from "pg";

export const DEMO_PASSWORD = "kizuna-demo";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel(/メールアドレス|Email/).fill(email);
  await page.getByRole("textbox", { name: /^(パスワード|Password)$/ }).fill(password);
  await page.getByRole("button", { name: /^(ログイン|Sign in)$/ }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

/** Reads the e2e database directly, for ids a test needs (e.g. another tenant's profile id). */
export async function queryOne<T>(sql: string, params: unknown[] = []): Promise<T> {
  const client = new pg.Client({ connectionString: readFileSync(".data/e2e-database-url", "utf8") });
  await client.connect();
  try {
    const result = await client.query(sql, params);
    return result.rows[0] as T;
  } finally {
    await client.end();
  }
}

export async function profileIdOf(email: string): Promise<string> {
  const row = await queryOne<{ id: string }>(
    `SELECT p.id FROM "AlumniProfile" p JOIN "Membership" m ON m.id = p."membershipId" JOIN "User" u ON u.id = m."userId" WHERE u.email = $1`,
    [email],
  );
  return row.id;
}
