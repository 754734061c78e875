import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { NextAuthConfig } from "next-auth";
import type { OIDCConfig } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import Resend from "next-auth/providers/resend";
import { db } from "@/lib/db";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { authorizeWithPassword } from "./authorize-password";
import { allowSignInLink } from "./link-limits";
import { sendMagicLink } from "./magic-link";
import { forgetUnprovenPassword } from "./unproven-password";
import { admitSsoSignIn } from "@/lib/sso/admit";
import { tenantIdOfProvider, type SsoProfile } from "@/lib/sso/provider";
import { sessionOfToken } from "./session-of-token";

export const MAGIC_LINK_MAX_AGE_SECONDS = 30 * 60;
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Auth.js's config; `sso` is the one company's identity provider a request is about (lib/sso/for-request.ts). */
export function authConfig(sso: OIDCConfig<SsoProfile> | null = null): NextAuthConfig {
  return {
    // The adapter stores users and magic-link tokens; sessions are JWTs (required by the Credentials provider).
    adapter: PrismaAdapter(db as never),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    secret: env().AUTH_SECRET,
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    providers: [
      Resend({
        from: env().EMAIL_FROM,
        maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
        sendVerificationRequest: sendMagicLink,
      }),
      Credentials({
        id: "password",
        credentials: { email: {}, password: {} },
        authorize: authorizeWithPassword,
      }),
      ...(sso ? [sso] : []),
    ],
    callbacks: {
      async signIn({ user, account, email, profile }) {
        const ssoTenantId = tenantIdOfProvider(account?.provider);
        if (ssoTenantId && account) {
          return admitSsoSignIn({ tenantId: ssoTenantId, profile: profile ?? {}, providerAccountId: account.providerAccountId });
        }
        // Asking for a link: within its limits, or refused (AccessDenied; the form says "too many links").
        if (account?.provider === "resend" && email?.verificationRequest) {
          return allowSignInLink(user.email ?? account.providerAccountId, await headers());
        }
        // Opening a sign-in link proves the address; runs before Auth.js marks it verified.
        if (account?.provider === "resend" && !email?.verificationRequest && user.id) {
          await forgetUnprovenPassword(user.id);
        }
        return true;
      },
      jwt({ token, user, account }) {
        // When this session signed in: kept as the token is renewed (unlike iat), so "sign out everywhere" sticks.
        if (user) {
          token.authAt = Date.now();
          // Which company's identity provider vouched for this session, if any (lib/sso/access.ts).
          token.ssoTenantId = tenantIdOfProvider(account?.provider) ?? undefined;
        }
        return token;
      },
      async session({ session, token }) {
        const full = await sessionOfToken(token, String(session.expires));
        return full ?? { ...session, user: undefined as never, memberships: [] };
      },
    },
  };
}
