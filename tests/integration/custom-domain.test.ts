import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { readSessionToken } from "@/lib/auth/session-token";
import { GET as passRoute } from "@/app/api/domains/pass/route";
import { GET as sessionRoute } from "@/app/api/domains/session/route";
import { removeDomainAction, setDomainAction, verifyDomainAction } from "@/lib/actions/domain";
import { db } from "@/lib/db";
import { challengeName, challengeValue } from "@/lib/domains/dns-check";
import { tenantSlugForHost } from "@/lib/domains/lookup";
import { verifyPendingDomains } from "@/lib/domains/manage";
import { sealSession, sessionCookieName } from "@/lib/domains/session-cookie";
import { issueSignInPass, redeemSignInPass } from "@/lib/domains/sign-in-pass";
import { env } from "@/lib/env";
import { translatorFor } from "@/lib/i18n/messages";
import { resolveTenantContext } from "@/lib/tenancy/resolve";
import { outcomeOf } from "../support/action-caller";
import { startDnsServer } from "../support/dns-server";
import { createMember, createTenant } from "../support/factories";

// The session carries the company a custom-domain session is limited to; this file's mock says it.
const caller = { userId: null as string | null, site: null as string | null };
vi.mock("@/lib/auth/session", () => ({
  getSession: async () => (caller.userId ? { user: { id: caller.userId }, memberships: [], expires: "", ...(caller.site ? { siteTenantId: caller.site } : {}) } : null),
}));
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const t = translatorFor("ja", "domains");
const records = new Map<string, string[]>();
let dns: Awaited<ReturnType<typeof startDnsServer>>;

beforeAll(async () => {
  dns = await startDnsServer(records);
  vi.stubEnv("KIZUNA_DNS_SERVERS", dns.address);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await dns.close();
});
beforeEach(() => {
  caller.userId = null;
  caller.site = null;
  records.clear();
});

let n = 0;
const uniqueHost = () => `alumni${++n}-${Date.now()}.example-corp.co.jp`;

async function companyWithAdmin() {
  const tenant = await createTenant();
  const admin = await createMember(tenant.id, "ADMIN");
  return { tenant, admin };
}

async function verifiedDomain(tenant: { id: string; slug: string }, adminId: string) {
  const hostname = uniqueHost();
  caller.userId = adminId;
  await setDomainAction(null, { tenant: tenant.slug, hostname });
  const { token } = await db.tenantDomain.findUniqueOrThrow({ where: { tenantId: tenant.id } });
  records.set(challengeName(hostname), [challengeValue(token)]);
  expect(await verifyDomainAction(null, { tenant: tenant.slug })).toMatchObject({ ok: true });
  caller.userId = null;
  return hostname;
}

describe("a company's own domain", () => {
  it("is stored as DNS writes it, and served only once the TXT record proves it", async () => {
    const { tenant, admin } = await companyWithAdmin();
    const hostname = uniqueHost();
    caller.userId = admin.user.id;
    expect(await setDomainAction(null, { tenant: tenant.slug, hostname: ` https://${hostname.toUpperCase()}./ ` })).toMatchObject({ ok: true });
    const domain = await db.tenantDomain.findUniqueOrThrow({ where: { tenantId: tenant.id } });
    expect(domain.hostname).toBe(hostname);
    expect(domain.verifiedAt).toBeNull();
    expect(await tenantSlugForHost(hostname)).toBeNull();

    // Nothing in DNS yet, then a record with another value, then the right one.
    expect(await verifyDomainAction(null, { tenant: tenant.slug })).toEqual({ ok: false, error: t("errors.notFound") });
    records.set(challengeName(hostname), ["kizuna-domain-verification=someone-elses"]);
    expect(await verifyDomainAction(null, { tenant: tenant.slug })).toEqual({ ok: false, error: t("errors.mismatch") });
    // Long TXT values arrive split in 255-byte strings; another service's proof may sit beside ours.
    const value = challengeValue(domain.token);
    records.set(challengeName(hostname), ["v=spf1 -all", value]);
    expect(await verifyDomainAction(null, { tenant: tenant.slug })).toMatchObject({ ok: true, message: t("verifiedNow") });
    expect((await db.tenantDomain.findUniqueOrThrow({ where: { tenantId: tenant.id } })).verifiedAt).not.toBeNull();
    expect(await tenantSlugForHost(hostname)).toBe(tenant.slug);
    const audit = await db.auditEvent.findMany({ where: { tenantId: tenant.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["domain.set", "domain.verify"]);

    // Removing it stops serving it at once.
    expect(await removeDomainAction(null, { tenant: tenant.slug })).toMatchObject({ ok: true });
    expect(await tenantSlugForHost(hostname)).toBeNull();
  });

  it("is checked by the cron while it waits, so nobody has to press the button", async () => {
    const { tenant, admin } = await companyWithAdmin();
    const hostname = uniqueHost();
    caller.userId = admin.user.id;
    await setDomainAction(null, { tenant: tenant.slug, hostname });
    const { token } = await db.tenantDomain.findUniqueOrThrow({ where: { tenantId: tenant.id } });
    records.set(challengeName(hostname), [challengeValue(token)]);
    await verifyPendingDomains();
    expect(await tenantSlugForHost(hostname)).toBe(tenant.slug);
  });

  it("refuses what is not a domain, Kizuna's own address, and an address another company claimed", async () => {
    const { tenant, admin } = await companyWithAdmin();
    const other = await companyWithAdmin();
    const tv = translatorFor("ja", "validation");
    caller.userId = admin.user.id;
    for (const bad of ["not a domain", "alumni.localhost", "192.168.0.1", "example", "-bad-.co.jp", "a..b.jp"]) {
      expect(await setDomainAction(null, { tenant: tenant.slug, hostname: bad }), bad).toMatchObject({ ok: false, fieldErrors: { hostname: bad === "alumni.localhost" ? t("reserved") : tv("domainInvalid") } });
    }
    expect(await setDomainAction(null, { tenant: tenant.slug, hostname: `alumni.${new URL(env().AUTH_URL ?? "http://kizuna.local").hostname}` })).toMatchObject({ ok: false });
    const hostname = uniqueHost();
    expect(await setDomainAction(null, { tenant: tenant.slug, hostname })).toMatchObject({ ok: true });
    caller.userId = other.admin.user.id;
    expect(await setDomainAction(null, { tenant: other.tenant.slug, hostname })).toMatchObject({ ok: false, fieldErrors: { hostname: t("taken") } });
    expect(await db.tenantDomain.count({ where: { tenantId: other.tenant.id } })).toBe(0);
  });

  it("is nobody else's business: another company's admin and the company's HR get 404", async () => {
    const { tenant } = await companyWithAdmin();
    const stranger = await companyWithAdmin();
    const hr = await createMember(tenant.id, "HR");
    for (const who of [stranger.admin.user.id, hr.user.id]) {
      caller.userId = who;
      expect(await outcomeOf(setDomainAction(null, { tenant: tenant.slug, hostname: uniqueHost() }))).toBe("404");
      expect(await outcomeOf(removeDomainAction(null, { tenant: tenant.slug }))).toBe("404");
    }
    expect(await db.tenantDomain.count({ where: { tenantId: tenant.id } })).toBe(0);
  });
});

describe("signing in on a company's domain", () => {
  it("a pass works once, within its minute, on the domain it was made for", async () => {
    const { tenant, admin } = await companyWithAdmin();
    const other = await companyWithAdmin();
    const hostname = await verifiedDomain(tenant, admin.user.id);
    const otherHost = await verifiedDomain(other.tenant, other.admin.user.id);
    const claims = { sub: admin.user.id, authAt: Date.now(), siteTenantId: tenant.id };

    const pass = (await issueSignInPass(admin.user.id, hostname, claims))!;
    expect(await redeemSignInPass(pass, otherHost)).toBeNull();
    expect(await redeemSignInPass(pass, hostname)).toMatchObject(claims);
    expect(await redeemSignInPass(pass, hostname)).toBeNull();

    const late = (await issueSignInPass(admin.user.id, hostname, claims))!;
    await db.domainSignIn.updateMany({ where: { userId: admin.user.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await redeemSignInPass(late, hostname)).toBeNull();
    expect(await issueSignInPass(admin.user.id, uniqueHost(), claims)).toBeNull();
  });

  it("carries a member's session to the domain, limited to that company; a non-member gets none", async () => {
    const { tenant, admin } = await companyWithAdmin();
    const hostname = await verifiedDomain(tenant, admin.user.id);
    const elsewhere = await createTenant();
    const alumna = await createMember(tenant.id, "ALUMNI");
    await db.membership.create({ data: { tenantId: elsewhere.id, userId: alumna.user.id, role: "ADMIN" } });
    const outsider = await createMember(elsewhere.id, "ALUMNI");
    const cookie = sessionCookieName(null);
    const target = `https://${hostname}/${tenant.slug}/events?tab=past`;
    const passFor = async (userId: string) =>
      passRoute(new NextRequest(`https://kizuna.local/api/domains/pass?to=${encodeURIComponent(target)}`, {
        headers: { cookie: `${cookie.name}=${await sealSession({ sub: userId, authAt: Date.now() }, cookie.name)}` },
      }));

    const toDomain = await passFor(alumna.user.id);
    expect(toDomain.status).toBe(303);
    const redeem = new URL(toDomain.headers.get("location")!);
    expect(redeem.origin).toBe(`https://${hostname}`);
    expect(redeem.pathname).toBe("/api/domains/session");

    const landed = await sessionRoute(new NextRequest(redeem, { headers: { host: hostname } }));
    // Relative, so the browser stays on the company's domain.
    expect(landed.headers.get("location")).toBe(`/${tenant.slug}/events?tab=past`);
    const set = landed.cookies.get(cookie.name)!;
    expect(set.httpOnly).toBe(true);
    const session = await readSessionToken(`${cookie.name}=${set.value}`, cookie.secure, env().AUTH_SECRET);
    expect(session).toMatchObject({ sub: alumna.user.id, siteTenantId: tenant.id });
    // The same pass again signs nobody in.
    const replay = await sessionRoute(new NextRequest(redeem, { headers: { host: hostname } }));
    expect(replay.cookies.get(cookie.name)).toBeUndefined();

    // Someone who is not a member goes back to the site without a pass.
    const outsiderGoes = await passFor(outsider.user.id);
    expect(outsiderGoes.headers.get("location")).toBe(target);
    // Signed out: sign in first, then come back here.
    const signedOut = await passRoute(new NextRequest(`https://kizuna.local/api/domains/pass?to=${encodeURIComponent(target)}`));
    expect(signedOut.headers.get("location")).toMatch(/^\/signin\?callbackUrl=%2Fapi%2Fdomains%2Fpass/);
  });

  it("a session made for a company's domain opens that company only", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const person = await createMember(a.id, "ADMIN");
    await db.membership.create({ data: { tenantId: b.id, userId: person.user.id, role: "ADMIN" } });
    caller.userId = person.user.id;
    caller.site = a.id;
    expect(await resolveTenantContext(a.slug, person.user.id)).not.toBeNull();
    expect(await resolveTenantContext(b.slug, person.user.id)).toBeNull();
  });
});
