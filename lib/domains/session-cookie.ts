import "server-only";
import { encode, type JWT } from "next-auth/jwt";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/config";
import { usesSecureCookies } from "@/lib/auth/session-token";
import { env } from "@/lib/env";

/** Auth.js's session cookie name, as it picks it (and as lib/auth/session.ts reads it). */
export function sessionCookieName(forwardedProto: string | null): { name: string; secure: boolean } {
  const secure = usesSecureCookies({ AUTH_URL: process.env.AUTH_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL }, forwardedProto);
  return { name: `${secure ? "__Secure-" : ""}authjs.session-token`, secure };
}

/** A session cookie's value for these claims, encrypted exactly as Auth.js encrypts its own (same salt, secret). */
export async function sealSession(claims: JWT, cookieName: string): Promise<string> {
  return encode({ token: claims, secret: env().AUTH_SECRET, salt: cookieName, maxAge: SESSION_MAX_AGE_SECONDS });
}

export { SESSION_MAX_AGE_SECONDS };
