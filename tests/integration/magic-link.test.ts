import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverMagicLink, sendMagicLink } from "@/lib/auth/magic-link";
import { forgetUnprovenPassword } from "@/lib/auth/unproven-password";
import { verifyPassword } from "@/lib/auth/password";
import { createUser } from "../support/factories";

process.env.AUTH_URL = "http://localhost:3000";

const link = { url: "http://localhost:3000/api/auth/callback/resend?token=t", expires: new Date(Date.now() + 30 * 60_000) };

describe("sign-in links", () => {
  it("are emailed only to addresses that have an account", async () => {
    expect(await deliverMagicLink({ ...link, email: "nobody@example.com", cookieLocale: null, acceptLanguage: "ja" })).toBe(false);
    expect(await db.outboxEmail.count({ where: { to: "nobody@example.com" } })).toBe(0);
  });

  it("come in the account's saved language, whatever the browser asked for", async () => {
    const user = await createUser({ email: "emily@example.com" });
    await db.user.update({ where: { id: user.id }, data: { locale: "en" } });
    expect(await deliverMagicLink({ ...link, email: "emily@example.com", cookieLocale: "ja", acceptLanguage: "ja" })).toBe(true);
    const sent = await db.outboxEmail.findFirstOrThrow({ where: { to: "emily@example.com" } });
    expect(sent.subject).toBe("Your Kizuna sign-in link");
    expect(sent.text).toContain(link.url);
  });
});

describe("a sign-in link for another origin", () => {
  it("is refused, so a forged Host header cannot make Kizuna mail a link to someone else's site", async () => {
    await createUser({ email: "target@example.com" });
    const request = new Request("http://localhost:3000/api/auth/signin/resend", { headers: { "x-forwarded-host": "evil.example" } });
    await expect(
      sendMagicLink({ identifier: "target@example.com", url: "https://evil.example/api/auth/callback/resend?token=t", expires: link.expires, request }),
    ).rejects.toThrow(/another origin/);
    expect(await db.outboxEmail.count({ where: { to: "target@example.com" } })).toBe(0);
  });
});

describe("a password set before the address was proven", () => {
  it("is dropped when the address is first proven, so whoever set it cannot sign in", async () => {
    const claimed = await createUser({ email: "victim@example.com", password: "attacker-chosen-1" });
    expect(await forgetUnprovenPassword(claimed.id)).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: claimed.id } })).passwordHash).toBeNull();
  });

  it("is kept once the address is verified", async () => {
    const owner = await createUser({ email: "owner@example.com", password: "my-own-password" });
    await db.user.update({ where: { id: owner.id }, data: { emailVerified: new Date() } });
    expect(await forgetUnprovenPassword(owner.id)).toBe(false);
    const stored = await db.user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(await verifyPassword(stored.passwordHash!, "my-own-password")).toBe(true);
  });
});
