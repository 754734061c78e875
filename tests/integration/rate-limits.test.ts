import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { consume, pruneRateLimits } from "@/lib/abuse/limits";
import { inviteFromRosterAction } from "@/lib/actions/invitations";
import { sendMagicLinkAction, signInWithPasswordAction } from "@/lib/actions/sign-in";
import { authorizeWithPassword, SignInRateLimited } from "@/lib/auth/authorize-password";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/messages";
import { caller } from "../support/action-caller";
import { createMember, createTenant } from "../support/factories";

const request = vi.hoisted(() => ({ ip: "203.0.113.1", signIns: [] as [string, string][] }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": `${request.ip}, 10.0.0.1` }) }));
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// Auth.js's signIn: the password provider runs our authorize with a request from the caller's address, and the link
// provider asks our signIn callback's limit, as the real ones do (the mail itself is not what is tested here).
vi.mock("@/lib/auth", async () => {
  const { AccessDenied, AuthError } = await import("@auth/core/errors");
  const { authorizeWithPassword: authorize } = await import("@/lib/auth/authorize-password");
  const { allowSignInLink } = await import("@/lib/auth/link-limits");
  return {
    signIn: async (provider: string, options: { email: string; password?: string }) => {
      if (provider === "resend" && !(await allowSignInLink(options.email, new Headers({ "x-forwarded-for": request.ip })))) {
        throw new AccessDenied("AccessDenied");
      }
      request.signIns.push([provider, options.email]);
      if (provider === "password") {
        try {
          if (!(await authorize(options, new Request("http://localhost/api/auth/callback/password", { headers: { "x-forwarded-for": request.ip } })))) {
            throw new AuthError("CredentialsSignin");
          }
        } catch (error) {
          throw error instanceof AuthError ? error : new AuthError("CallbackRouteError", { cause: { err: error } });
        }
      }
    },
    signOut: async () => undefined,
  };
});

const from = (ip: string) => new Request("http://localhost/api/auth/callback/password", { headers: { "x-forwarded-for": ip } });
let people = 0;

async function person() {
  const email = `limit-${Date.now()}-${people++}@example.com`;
  await db.user.create({ data: { email, passwordHash: await hashPassword("kizuna-secret-1"), emailVerified: new Date() } });
  return email;
}

beforeEach(() => {
  request.signIns = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe("password sign-in limits", () => {
  it("lock one address out of one account after 5 wrong passwords for 15 minutes, while the owner signs in from elsewhere", async () => {
    const email = await person();
    for (let i = 0; i < 5; i++) {
      expect(await authorizeWithPassword({ email, password: "guess" }, from("203.0.113.10"))).toBeNull();
    }
    await expect(authorizeWithPassword({ email, password: "kizuna-secret-1" }, from("203.0.113.10"))).rejects.toBeInstanceOf(SignInRateLimited);
    expect(await authorizeWithPassword({ email, password: "kizuna-secret-1" }, from("198.51.100.2"))).toMatchObject({ email });
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 15 * 60_000 + 1000 });
    expect(await authorizeWithPassword({ email, password: "kizuna-secret-1" }, from("203.0.113.10"))).toMatchObject({ email });
  });

  it("answer an address without an account exactly as one with an account: nothing to learn from the limit", async () => {
    const email = await person();
    const nobody = `nobody-${Date.now()}@example.com`;
    for (const address of [email, nobody]) {
      for (let i = 0; i < 5; i++) {
        expect(await authorizeWithPassword({ email: address, password: "guess" }, from("203.0.113.20"))).toBeNull();
      }
      await expect(authorizeWithPassword({ email: address, password: "guess" }, from("203.0.113.20"))).rejects.toBeInstanceOf(SignInRateLimited);
    }
  });

  it("stop guessing at one account from many addresses for an hour, and no longer", async () => {
    const email = await person();
    for (let i = 0; i < 30; i++) {
      await authorizeWithPassword({ email, password: `guess-${i}` }, from(`192.0.2.${i + 1}`));
    }
    await expect(authorizeWithPassword({ email, password: "kizuna-secret-1" }, from("198.51.100.3"))).rejects.toBeInstanceOf(SignInRateLimited);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 60 * 60_000 + 1000 });
    expect(await authorizeWithPassword({ email, password: "kizuna-secret-1" }, from("198.51.100.3"))).toMatchObject({ email });
  });

  it("forget an address's wrong passwords once the right one is given", async () => {
    const email = await person();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) {
        await authorizeWithPassword({ email, password: "typo" }, from("203.0.113.30"));
      }
      expect(await authorizeWithPassword({ email, password: "kizuna-secret-1" }, from("203.0.113.30"))).toMatchObject({ email });
    }
  });

  it("show the sign-in form a translated message when locked out", async () => {
    const email = await person();
    request.ip = "203.0.113.40";
    for (let i = 0; i < 5; i++) {
      expect(await signInWithPasswordAction(null, { email, password: "guess" })).toMatchObject({ ok: false, error: translatorFor("ja", "auth")("wrongPassword") });
    }
    expect(await signInWithPasswordAction(null, { email, password: "kizuna-secret-1" })).toEqual({ ok: false, error: translatorFor("ja", "auth")("tooManyAttempts"), values: { email } });
  });
});

describe("sign-in link limits", () => {
  it("send at most 5 links an hour to one address, whether or not it has an account, with a translated message", async () => {
    for (const email of [await person(), `nobody-link-${Date.now()}@example.com`]) {
      request.ip = `198.51.100.${people}`;
      for (let i = 0; i < 5; i++) {
        expect(await sendMagicLinkAction(null, { email })).toEqual({ ok: true, data: undefined });
      }
      expect(await sendMagicLinkAction(null, { email })).toEqual({ ok: false, error: translatorFor("ja", "auth")("tooManyLinks"), values: { email } });
    }
    expect(request.signIns.filter(([provider]) => provider === "resend")).toHaveLength(10);
  });
});

describe("invitation limits", () => {
  it("refuse a company's invitations once it sent its hourly allowance, creating none", async () => {
    const tenant = await createTenant();
    const { user } = await createMember(tenant.id, "HR");
    const entry = await db.rosterEntry.create({ data: { tenantId: tenant.id, name: "招待 待ち", email: `wait-${Date.now()}@example.com` } });
    await consume("invitationsPerCompany", tenant.id, 5000);
    caller.userId = user.id;
    expect(await inviteFromRosterAction(null, { tenant: tenant.slug, entryIds: [entry.id] })).toEqual({ ok: false, error: translatorFor("ja", "invitations")("tooMany") });
    expect(await db.invitation.count({ where: { tenantId: tenant.id } })).toBe(0);
    // Another company is not held back by this one's count.
    const other = await createTenant();
    const { user: otherHr } = await createMember(other.id, "HR");
    const otherEntry = await db.rosterEntry.create({ data: { tenantId: other.id, name: "別社 待ち", email: `other-${Date.now()}@example.com` } });
    caller.userId = otherHr.id;
    expect(await inviteFromRosterAction(null, { tenant: other.slug, entryIds: [otherEntry.id] })).toMatchObject({ ok: true });
  });
});

describe("the counters", () => {
  it("are pruned once their window is long over", async () => {
    await consume("signUpsPerIp", "192.0.2.200");
    expect(await db.rateLimit.count({ where: { key: "signUpsPerIp:192.0.2.200" } })).toBe(1);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 3 * 60 * 60_000 });
    expect(await pruneRateLimits()).toBeGreaterThan(0);
    expect(await db.rateLimit.count({ where: { key: "signUpsPerIp:192.0.2.200" } })).toBe(0);
  });
});
