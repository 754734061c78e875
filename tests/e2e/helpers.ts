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

/** Creates a company through the sign-up page; its owner lands on the admin dashboard, signed in. */
export async function signUpCompany(page: Page, slug: string, company: string) {
  await page.goto("/signup");
  await page.getByLabel("会社名").fill(company);
  await page.getByLabel("ネットワークのURL").fill(slug);
  await page.getByLabel("お名前").fill("試験 太郎");
  await page.getByLabel("メールアドレス").fill(`${slug}@example.com`);
  await page.getByLabel("パスワード").fill("a-long-enough-password");
  await page.getByRole("button", { name: "ネットワークを作成" }).click();
  await expect(page).toHaveURL(`/${slug}/admin`);
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

/** A new alumna of the demo company (in `department`, if given) who signs in with the demo password (copied from a demo account's hash). */
export async function createDemoAlumna(name: string, email: string, department: string | null = null) {
  await queryOne(
    `WITH u AS (
       INSERT INTO "User" (id, email, name, "passwordHash", "emailVerified", "updatedAt")
       SELECT gen_random_uuid()::text, $1, $2, "passwordHash", now(), now() FROM "User" WHERE email = 'hanako@demo.kizuna.test' RETURNING id
     ), m AS (
       INSERT INTO "Membership" (id, "tenantId", "userId", role, status, "updatedAt")
       SELECT gen_random_uuid()::text, t.id, u.id, 'ALUMNI', 'ACTIVE', now() FROM u, "Tenant" t WHERE t.slug = 'demo' RETURNING id, "tenantId"
     )
     INSERT INTO "AlumniProfile" (id, "tenantId", "membershipId", "displayName", department, "updatedAt") SELECT gen_random_uuid()::text, m."tenantId", m.id, $2, $3, now() FROM m RETURNING id`,
    [email, name, department],
  );
}
