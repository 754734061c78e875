import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import type { Session } from "next-auth";
import { env } from "@/lib/env";
import { SESSION_MAX_AGE_SECONDS } from "./config";
import { sessionOfToken } from "./session-of-token";
import { readSessionToken, usesSecureCookies } from "./session-token";

/**
 * The current session (with the user's memberships), read once per request: the token decrypted directly, then
 * the same session callback as Auth.js's (lib/auth/session-of-token.ts). `auth()` ran Auth.js's whole session
 * route for it on every request (decision 015). Signing in and out still go through Auth.js.
 */
export const getSession = cache(async (): Promise<Session | null> => {
  const headerList = await headers();
  const secure = usesSecureCookies({ AUTH_URL: process.env.AUTH_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL }, headerList.get("x-forwarded-proto"));
  const token = await readSessionToken(headerList.get("cookie") ?? "", secure, env().AUTH_SECRET);
  if (!token) {
    return null;
  }
  return sessionOfToken(token, new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000).toISOString());
});
