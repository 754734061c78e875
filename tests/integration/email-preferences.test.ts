import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteMyAccount } from "@/lib/account/delete-account";
import { exportMyData } from "@/lib/account/export-data";
import { requestEmailChange } from "@/lib/account/change-email";
import { emailPreferencesOf, getEmailPreferences, mayEmail, saveEmailPreferences } from "@/lib/email/preferences";
import { isSuppressed, suppressAddress } from "@/lib/email/suppressions";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { createAlumnus, createTenant } from "../support/factories";

process.env.AUTH_URL = "http://localhost:3000";

const everything = { news: true, events: true, opportunities: true, messages: true, feed: true };

async function alumna() {
  const tenant = await createTenant();
  const { user, membership } = await createAlumnus(tenant.id);
  const context = (await resolveTenantContext(tenant.slug, user.id)) as TenantContext;
  return { tenant, user, membership, context };
}

describe("email preferences", () => {
  it("allow every kind of company mail until the member turns some off", async () => {
    const { membership, context } = await alumna();
    expect(await getEmailPreferences(context)).toEqual({ all: true, categories: everything, daily: [] });
    expect(await mayEmail(context.tenant.id, membership.id, "events")).toBe(true);

    await saveEmailPreferences(context, { all: true, categories: { ...everything, events: false } });
    expect(await mayEmail(context.tenant.id, membership.id, "events")).toBe(false);
    expect(await mayEmail(context.tenant.id, membership.id, "news")).toBe(true);
  });

  it("stop all company mail with the master switch, and keep the categories for when it is turned back on", async () => {
    const { membership, context } = await alumna();
    await saveEmailPreferences(context, { all: false, categories: { ...everything, messages: false } });
    for (const category of ["news", "events", "opportunities", "messages"] as const) {
      expect(await mayEmail(context.tenant.id, membership.id, category)).toBe(false);
    }
    await saveEmailPreferences(context, { all: true, categories: { ...everything, messages: false } });
    expect(await mayEmail(context.tenant.id, membership.id, "news")).toBe(true);
    expect(await mayEmail(context.tenant.id, membership.id, "messages")).toBe(false);
  });

  it("are kept per company: turning one company off leaves the other's mail on", async () => {
    const { user, context } = await alumna();
    const other = await createTenant();
    const inOther = await db.membership.create({ data: { tenantId: other.id, userId: user.id, role: "ALUMNI" } });
    await saveEmailPreferences(context, { all: false, categories: everything });
    expect(await mayEmail(other.id, inOther.id, "news")).toBe(true);
    expect((await emailPreferencesOf(user.id)).map((p) => p.preferences.all)).toEqual([false, true]);
  });

  it("answer no for a membership of another company, or while the company is suspended", async () => {
    const { tenant, membership } = await alumna();
    const other = await createTenant();
    expect(await mayEmail(other.id, membership.id, "news")).toBe(false);
    await db.tenant.update({ where: { id: tenant.id }, data: { status: "SUSPENDED" } });
    expect(await mayEmail(tenant.id, membership.id, "news")).toBe(false);
  });

  it("send nothing to members who left or whose address bounced", async () => {
    const { user, membership, context } = await alumna();
    await suppressAddress(user.email, "BOUNCED", "Mailbox does not exist");
    expect(await mayEmail(context.tenant.id, membership.id, "news")).toBe(false);
    const other = await alumna();
    await db.membership.update({ where: { id: other.membership.id }, data: { status: "LEFT" } });
    expect(await mayEmail(other.tenant.id, other.membership.id, "news")).toBe(false);
  });
});

describe("my data, with email settings", () => {
  it("exports preferences and a pending address change (without its secret), and deletes them with the account", async () => {
    const { user, membership, context } = await alumna();
    await saveEmailPreferences(context, { all: true, categories: { ...everything, opportunities: false } });
    await requestEmailChange(user.id, { newEmail: "next@example.com" }, "ja");
    await suppressAddress(user.email, "COMPLAINED", null);

    const data = await exportMyData(user.id);
    expect(data.account.memberships[0]!.emailPrefs).toEqual(expect.arrayContaining([expect.objectContaining({ category: "opportunities", enabled: false })]));
    expect(data.emailChanges).toEqual([expect.objectContaining({ newEmail: "next@example.com", usedAt: null })]);
    expect(data.emailSuppression).toMatchObject({ reason: "COMPLAINED" });
    expect(JSON.stringify(data)).not.toContain("tokenHash");

    expect(await deleteMyAccount(user.id)).toEqual({ ok: true });
    expect(await db.emailPreference.count({ where: { membershipId: membership.id } })).toBe(0);
    expect(await db.emailChange.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.emailSuppression.count({ where: { email: user.email } })).toBe(0);
    // The complaint outlives the account, as a hash: a new account on the address gets no company mail either.
    expect(await isSuppressed(user.email)).toBe(true);
  });
});
