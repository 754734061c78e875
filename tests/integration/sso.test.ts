import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { saveSsoSettingsAction, startSsoSignInAction, testSsoConnectionAction } from "@/lib/actions/sso";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { translatorFor } from "@/lib/i18n/messages";
import { ssoVerdict } from "@/lib/sso/access";
import { admitSsoSignIn } from "@/lib/sso/admit";
import { openSecret } from "@/lib/sso/secret-box";
import { loadSsoSettings } from "@/lib/sso/settings";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { outcomeOf } from "../support/action-caller";
import { createMember, createTenant } from "../support/factories";
import { startTestIdp, type TestIdp } from "../support/oidc-provider";

// Who is signed in, and through which company's SSO (null: a password or link session).
const current = { userId: null as string | null, ssoTenantId: null as string | null };
vi.mock("@/lib/auth/session", () => ({
  getSession: async () => (current.userId ? { user: { id: current.userId }, memberships: [], expires: "", ssoTenantId: current.ssoTenantId } : null),
}));
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/activity/record", () => ({ recordActivity: () => undefined }));
// Auth.js's redirect to the provider needs Next.js's request; the end-to-end test follows it for real.
const started: string[] = [];
vi.mock("@/lib/auth/sso-sign-in", () => ({ signInWithSso: async (provider: { id: string }) => void started.push(provider.id) }));

const t = translatorFor("ja", "sso");
let idp: TestIdp;

beforeAll(async () => {
  process.env.KIZUNA_SSO_ALLOW_LOOPBACK = "1";
  idp = await startTestIdp({ redirectUri: "http://localhost:3000/api/auth/callback/sso-test" });
});
afterAll(async () => {
  await idp.close();
  delete process.env.KIZUNA_SSO_ALLOW_LOOPBACK;
});
beforeEach(() => {
  current.userId = null;
  current.ssoTenantId = null;
});

const settings = (tenant: string, overrides: Record<string, string> = {}) => ({
  tenant, issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, allowedDomains: "", ...overrides,
});

describe("staff single sign-on settings", () => {
  it("checks the issuer at the provider and says what is wrong beside the field, in the admin's language", async () => {
    const a = await createTenant();
    const admin = await createMember(a.id, "ADMIN");
    current.userId = admin.user.id;

    const closed = await saveSsoSettingsAction(null, settings(a.slug, { issuer: "http://127.0.0.1:9" }));
    expect(closed).toMatchObject({ ok: false, fieldErrors: { issuer: t("errors.unreachable") } });
    const notUrl = await testSsoConnectionAction(null, { tenant: a.slug, issuer: "login.example.com" });
    expect(notUrl).toMatchObject({ ok: false, fieldErrors: { issuer: t("errors.issuerUrl") } });
    // The provider names itself without the path the admin added: not the same issuer.
    const mismatch = await testSsoConnectionAction(null, { tenant: a.slug, issuer: `${idp.issuer}/oidc` });
    expect(mismatch).toMatchObject({ ok: false });

    const passed = await testSsoConnectionAction(null, { tenant: a.slug, issuer: `${idp.issuer}/` });
    expect(passed).toMatchObject({ ok: true, message: t("testPassed", { issuer: idp.issuer }) });
    expect(await db.tenantSso.count({ where: { tenantId: a.id } })).toBe(0);

    // Outside tests, a provider on this machine (or any private address) is refused.
    delete process.env.KIZUNA_SSO_ALLOW_LOOPBACK;
    expect(await testSsoConnectionAction(null, { tenant: a.slug, issuer: idp.issuer })).toMatchObject({ ok: false, fieldErrors: { issuer: t("errors.issuerUrl") } });
    expect(await testSsoConnectionAction(null, { tenant: a.slug, issuer: "https://127.0.0.1:8443" })).toMatchObject({ ok: false, fieldErrors: { issuer: t("errors.unreachable") } });
    process.env.KIZUNA_SSO_ALLOW_LOOPBACK = "1";
  });

  it("keeps the client secret encrypted at rest and never shows it back; blank keeps it", async () => {
    const a = await createTenant();
    const admin = await createMember(a.id, "ADMIN");
    current.userId = admin.user.id;
    expect(await saveSsoSettingsAction(null, settings(a.slug, { clientSecret: "" }))).toMatchObject({ ok: false, fieldErrors: { clientSecret: t("errors.secretRequired") } });
    expect(await saveSsoSettingsAction(null, settings(a.slug, { enabled: "on" }))).toMatchObject({ ok: true });

    const row = await db.tenantSso.findUniqueOrThrow({ where: { tenantId: a.id } });
    expect(row.clientSecretSealed).not.toContain(idp.clientSecret);
    expect(row.clientSecretSealed).not.toContain(Buffer.from(idp.clientSecret).toString("base64url").slice(0, 12));
    expect(openSecret(row.clientSecretSealed, env().AUTH_SECRET)).toBe(idp.clientSecret);
    expect(openSecret(row.clientSecretSealed, "another-auth-secret-of-at-least-32-chars")).toBeNull();
    expect(row).toMatchObject({ enabled: true, issuer: idp.issuer });
    expect(row.lastTestedAt).not.toBeNull();
    expect(JSON.stringify(await loadSsoSettings(a.id, admin.user.id))).not.toContain(idp.clientSecret);

    expect(await saveSsoSettingsAction(null, settings(a.slug, { clientSecret: "", enabled: "on", allowedDomains: "example.com" }))).toMatchObject({ ok: true });
    const kept = await db.tenantSso.findUniqueOrThrow({ where: { tenantId: a.id } });
    expect(kept.clientSecretSealed).toBe(row.clientSecretSealed);
    expect(kept.allowedDomains).toEqual(["example.com"]);
    const audit = await db.auditEvent.findMany({ where: { tenantId: a.id, action: "sso.save" } });
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain(idp.clientSecret);
  });

  it("gives another company's admin, and the company's own HR staff, a 404 on the settings actions", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const [ownerB, hrA] = [await createMember(b.id, "OWNER"), await createMember(a.id, "HR")];
    for (const outsider of [ownerB, hrA]) {
      current.userId = outsider.user.id;
      expect(await outcomeOf(saveSsoSettingsAction(null, settings(a.slug, { enabled: "on" })))).toBe("404");
      expect(await outcomeOf(testSsoConnectionAction(null, { tenant: a.slug, issuer: idp.issuer }))).toBe("404");
    }
    expect(await db.tenantSso.count({ where: { tenantId: a.id } })).toBe(0);
  });

  it("starts SSO only where the company has it switched on", async () => {
    const a = await createTenant();
    const admin = await createMember(a.id, "ADMIN");
    current.userId = admin.user.id;
    expect(await startSsoSignInAction(null, { tenant: a.slug })).toMatchObject({ ok: false, error: t("errors.unavailable") });
    await saveSsoSettingsAction(null, settings(a.slug));
    expect(await startSsoSignInAction(null, { tenant: a.slug })).toMatchObject({ ok: false });
    await saveSsoSettingsAction(null, settings(a.slug, { clientSecret: "", enabled: "on" }));
    current.userId = null;
    expect(await startSsoSignInAction(null, { tenant: a.slug })).toMatchObject({ ok: true });
    expect(started).toContain(`sso-${a.id}`);
  });
});

describe("who the company's identity provider may sign in", () => {
  async function companyWithSso() {
    const a = await createTenant();
    const admin = await createMember(a.id, "ADMIN");
    current.userId = admin.user.id;
    await saveSsoSettingsAction(null, settings(a.slug, { enabled: "on" }));
    current.userId = null;
    return { a, admin };
  }

  it("admits an existing staff member of that company only: not its alumni, not another company's staff", async () => {
    const { a, admin } = await companyWithSso();
    const b = await createTenant();
    const [alumnus, hrOfB] = [await createMember(a.id, "ALUMNI"), await createMember(b.id, "HR")];
    const attempt = (email: string, extra: Record<string, unknown> = {}) =>
      admitSsoSignIn({ tenantId: a.id, profile: { email, email_verified: true, ...extra }, providerAccountId: `sub-${email}` });

    expect(await attempt(admin.user.email.toUpperCase())).toBe(true);
    expect(await attempt(alumnus.user.email)).toBe(`/${a.slug}/sso?error=notStaff`);
    expect(await attempt(hrOfB.user.email)).toBe(`/${a.slug}/sso?error=notStaff`);
    expect(await attempt("nobody@example.com")).toBe(`/${a.slug}/sso?error=notStaff`);
    expect(await attempt(admin.user.email, { email_verified: false })).toBe(`/${a.slug}/sso?error=unverified`);
    expect(await db.user.count({ where: { email: "nobody@example.com" } })).toBe(0);
    expect((await db.tenantSso.findUniqueOrThrow({ where: { tenantId: a.id } })).lastSignInAt).not.toBeNull();

    // An identity already linked to one person cannot be used to sign in as another.
    await db.account.create({ data: { userId: admin.user.id, type: "oidc", provider: `sso-${a.id}`, providerAccountId: "sub-linked" } });
    const otherAdmin = await createMember(a.id, "ADMIN");
    expect(await admitSsoSignIn({ tenantId: a.id, profile: { email: otherAdmin.user.email, email_verified: true }, providerAccountId: "sub-linked" })).toBe(`/${a.slug}/sso?error=notStaff`);
  });

  it("keeps to the company's email domains, and trusts an unverified address only when told to", async () => {
    const { a, admin } = await companyWithSso();
    await db.tenantSso.update({ where: { tenantId: a.id }, data: { allowedDomains: ["corp.example.jp"] } });
    const attempt = () => admitSsoSignIn({ tenantId: a.id, profile: { email: admin.user.email }, providerAccountId: "sub" });
    expect(await attempt()).toBe(`/${a.slug}/sso?error=unverified`);
    await db.tenantSso.update({ where: { tenantId: a.id }, data: { trustUnverifiedEmail: true } });
    expect(await attempt()).toBe(`/${a.slug}/sso?error=domain`);
    await db.tenantSso.update({ where: { tenantId: a.id }, data: { allowedDomains: ["example.com"] } });
    expect(await attempt()).toBe(true);
    await db.tenantSso.update({ where: { tenantId: a.id }, data: { enabled: false } });
    expect(await attempt()).toBe(`/${a.slug}/sso?error=unavailable`);
  });
});

describe("staff must use SSO", () => {
  it("cannot be turned on before the admin signed in with SSO; then password sessions lose the admin area, not the portal", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const [admin, owner, alumnus] = [await createMember(a.id, "ADMIN"), await createMember(a.id, "OWNER"), await createMember(a.id, "ALUMNI")];
    await db.membership.create({ data: { tenantId: b.id, userId: admin.user.id, role: "ALUMNI" } });
    current.userId = admin.user.id;
    expect(await saveSsoSettingsAction(null, settings(a.slug, { staffMustUseSso: "on" }))).toMatchObject({ ok: false, fieldErrors: { staffMustUseSso: t("errors.enableFirst") } });
    expect(await saveSsoSettingsAction(null, settings(a.slug, { enabled: "on" }))).toMatchObject({ ok: true });
    expect(await saveSsoSettingsAction(null, settings(a.slug, { enabled: "on", staffMustUseSso: "on" }))).toMatchObject({ ok: false, fieldErrors: { staffMustUseSso: t("errors.signInFirst") } });

    await db.account.create({ data: { userId: admin.user.id, type: "oidc", provider: `sso-${a.id}`, providerAccountId: "admin-sub" } });
    expect(await saveSsoSettingsAction(null, settings(a.slug, { enabled: "on", staffMustUseSso: "on" }))).toMatchObject({ ok: true });

    // The same admin, signed in with a password: staff actions answer 404; through SSO they work.
    expect(await outcomeOf(testSsoConnectionAction(null, { tenant: a.slug, issuer: idp.issuer }))).toBe("404");
    current.ssoTenantId = a.id;
    expect(await testSsoConnectionAction(null, { tenant: a.slug, issuer: idp.issuer })).toMatchObject({ ok: true });

    const context = async (userId: string, slug = a.slug) => (await resolveTenantContext(slug, userId)) as TenantContext;
    expect(await ssoVerdict({ ssoTenantId: null }, await context(admin.user.id), "settings.manage")).toBe("ssoRequired");
    expect(await ssoVerdict({ ssoTenantId: null }, await context(admin.user.id), "portal.view")).toBe("ok");
    expect(await ssoVerdict({ ssoTenantId: null }, await context(owner.user.id), "settings.manage")).toBe("ok");
    expect(await ssoVerdict({ ssoTenantId: null }, await context(alumnus.user.id), "portal.view")).toBe("ok");
    // A session company A's provider signed in does not open company B, where nobody vouched for it.
    expect(await ssoVerdict({ ssoTenantId: a.id }, await context(admin.user.id, b.slug), "portal.view")).toBe("otherCompany");
  });
});
