import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { readSessionToken, usesSecureCookies } from "@/lib/auth/session-token";

// The direct session read must find exactly the cookie Auth.js set and refuse anything Auth.js would refuse.
const secret = "s".repeat(43);
const NAME = "authjs.session-token";
const SECURE_NAME = "__Secure-authjs.session-token";

const tokenFor = (salt: string, claims: Record<string, unknown> = {}, maxAge = 3600) =>
  encode({ token: { sub: "user-1", authAt: 1, ...claims }, secret, salt, maxAge });

describe("reading the session cookie without Auth.js's session route", () => {
  it("decrypts the token under the cookie name Auth.js uses for the protocol", async () => {
    const plain = await tokenFor(NAME);
    expect(await readSessionToken(`${NAME}=${plain}`, false, secret)).toMatchObject({ sub: "user-1", authAt: 1 });
    const secure = await tokenFor(SECURE_NAME);
    expect(await readSessionToken(`other=1; ${SECURE_NAME}=${secure}`, true, secret)).toMatchObject({ sub: "user-1" });
    // The name is the key's salt too: a token under the wrong name does not decrypt.
    expect(await readSessionToken(`${SECURE_NAME}=${plain}`, true, secret)).toBeNull();
    expect(await readSessionToken(`${NAME}=${secure}`, false, secret)).toBeNull();
  });

  it("joins a token Auth.js split into numbered cookies, in number order", async () => {
    const token = await tokenFor(NAME, { picture: "x".repeat(5000) });
    const cut = Math.ceil(token.length / 3);
    const parts = [token.slice(0, cut), token.slice(cut, 2 * cut), token.slice(2 * cut)];
    const cookie = [2, 0, 1].map((i) => `${NAME}.${i}=${parts[i]}`).join("; ");
    expect(await readSessionToken(cookie, false, secret)).toMatchObject({ sub: "user-1" });
  });

  it("refuses an expired, tampered or foreign token and a missing cookie", async () => {
    const expired = await tokenFor(NAME, {}, -60);
    expect(await readSessionToken(`${NAME}=${expired}`, false, secret)).toBeNull();
    const good = await tokenFor(NAME);
    const tampered = good.slice(0, -5) + (good.endsWith("AAAAA") ? "BBBBB" : "AAAAA");
    expect(await readSessionToken(`${NAME}=${tampered}`, false, secret)).toBeNull();
    const foreign = await encode({ token: { sub: "user-1" }, secret: "o".repeat(43), salt: NAME });
    expect(await readSessionToken(`${NAME}=${foreign}`, false, secret)).toBeNull();
    expect(await readSessionToken("", false, secret)).toBeNull();
    expect(await readSessionToken("other=1", false, secret)).toBeNull();
  });

  it("names the cookie by AUTH_URL's protocol, else the forwarded one, https by default", () => {
    expect(usesSecureCookies({ AUTH_URL: "http://localhost:3000" }, "https")).toBe(false);
    expect(usesSecureCookies({ AUTH_URL: "https://alumni.example.com" }, null)).toBe(true);
    expect(usesSecureCookies({ NEXTAUTH_URL: "http://localhost:3000" }, null)).toBe(false);
    expect(usesSecureCookies({}, "http")).toBe(false);
    expect(usesSecureCookies({}, null)).toBe(true);
  });
});
