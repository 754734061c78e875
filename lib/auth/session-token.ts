import { getToken, type JWT } from "next-auth/jwt";

/**
 * Whether Auth.js names its cookies `__Secure-…`: as it decides for a server component's `auth()` — by the
 * protocol of AUTH_URL (or NEXTAUTH_URL) when set, else of the forwarded protocol, https by default.
 */
export function usesSecureCookies(env: { AUTH_URL?: string; NEXTAUTH_URL?: string }, forwardedProto: string | null): boolean {
  const url = env.AUTH_URL ?? env.NEXTAUTH_URL;
  const protocol = url ? new URL(url).protocol : `${forwardedProto ?? "https"}`.replace(/:?$/, ":");
  return protocol === "https:";
}

/**
 * The session token carried by the request's cookies, decrypted and checked (expiry with Auth.js's 15 s
 * tolerance), or null. The same cookie name, salt and chunk joining as Auth.js's session route, which a server
 * component's `auth()` runs in full — re-encrypting a renewed token it cannot set and computing a CSRF token it
 * does not use — for the decrypted payload and the session callback's result.
 */
export async function readSessionToken(cookie: string, secure: boolean, secret: string): Promise<JWT | null> {
  if (!cookie) {
    return null;
  }
  // Only the cookie header, as Auth.js's session route sees it (getToken would also accept a Bearer header).
  return getToken({ req: { headers: new Headers({ cookie }) }, secureCookie: secure, secret });
}
