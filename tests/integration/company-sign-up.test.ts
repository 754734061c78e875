import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTenantWithOwner } from "@/lib/tenants/create-tenant";
import { verifyPassword } from "@/lib/auth/password";
import { createTenant, createUser } from "../support/factories";

let counter = 0;
const newAccount = () => ({ ownerName: "大野 誠一", ownerEmail: `ono${++counter}@example.co.jp`, ownerPassword: "correct horse battery" });

describe("creating a company network", () => {
  it("creates the tenant and its owner with a hashed password", async () => {
    const account = newAccount();
    const outcome = await createTenantWithOwner({ companyName: "株式会社テスト", slug: "test-co" }, { account, locale: "ja" }, "ja");
    expect(outcome).toMatchObject({ ok: true, slug: "test-co" });
    const owner = await db.user.findUniqueOrThrow({ where: { email: account.ownerEmail }, include: { memberships: true } });
    expect(owner.memberships).toEqual([expect.objectContaining({ role: "OWNER", status: "ACTIVE" })]);
    expect(owner.passwordHash).not.toContain(account.ownerPassword);
    expect(await verifyPassword(owner.passwordHash!, account.ownerPassword)).toBe(true);
  });

  it("refuses a taken address and writes nothing, not even the owner", async () => {
    const account = newAccount();
    await createTenant({ slug: "taken-co" });
    const outcome = await createTenantWithOwner({ companyName: "二番手", slug: "taken-co" }, { account, locale: "ja" }, "ja");
    expect(outcome).toEqual({ ok: false, reason: "slugTaken" });
    expect(await db.user.count({ where: { email: account.ownerEmail } })).toBe(0);
    expect(await db.tenant.count({ where: { name: "二番手" } })).toBe(0);
  });

  it("asks an existing account holder to sign in instead of making a second account", async () => {
    const account = newAccount();
    await createUser({ email: account.ownerEmail });
    const outcome = await createTenantWithOwner({ companyName: "株式会社テスト", slug: "fresh-co" }, { account, locale: "ja" }, "ja");
    expect(outcome).toEqual({ ok: false, reason: "emailHasAccount" });
    expect(await db.tenant.count({ where: { slug: "fresh-co" } })).toBe(0);
  });

  it("makes a signed-in user the owner of their new company", async () => {
    const user = await createUser();
    const outcome = await createTenantWithOwner({ companyName: "二社目", slug: "second-co" }, { existingUserId: user.id }, "en");
    expect(outcome.ok).toBe(true);
    const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: "second-co" }, include: { memberships: true } });
    expect(tenant.defaultLocale).toBe("en");
    expect(tenant.memberships.map((m) => [m.userId, m.role])).toEqual([[user.id, "OWNER"]]);
  });
});
