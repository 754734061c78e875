import "server-only";
import { customFetch } from "@auth/core";
import type { OIDCConfig } from "next-auth/providers";
import { issuerFetch } from "./issuer-address";
import { openSecret } from "./secret-box";

// One Auth.js provider per company, named by the company's id: its callback URL (what the admin registers at the
// identity provider) is /api/auth/callback/sso-<tenant id>, stable when the company's address changes.
const PREFIX = "sso-";

export const ssoProviderId = (tenantId: string) => `${PREFIX}${tenantId}`;

/** The company a provider id names, or null for our other providers (password, email link). */
export function tenantIdOfProvider(providerId: string | undefined): string | null {
  return providerId?.startsWith(PREFIX) && /^[a-z0-9]{1,64}$/i.test(providerId.slice(PREFIX.length)) ? providerId.slice(PREFIX.length) : null;
}

export type SsoRow = { tenantId: string; issuer: string; clientId: string; clientSecretSealed: string };

export type SsoProfile = { sub: string; email?: string; email_verified?: boolean | string; name?: string };

/** The company's OpenID Connect provider for Auth.js, or null when its secret cannot be opened (AUTH_SECRET rotated). */
export function ssoProvider(row: SsoRow, authSecret: string): OIDCConfig<SsoProfile> | null {
  const clientSecret = openSecret(row.clientSecretSealed, authSecret);
  if (clientSecret === null) {
    return null;
  }
  return {
    id: ssoProviderId(row.tenantId),
    name: "SSO",
    type: "oidc",
    issuer: row.issuer,
    wellKnown: `${row.issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`,
    clientId: row.clientId,
    clientSecret,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid email profile" } },
    // Linking by email is safe here only because the signIn callback (./admit.ts) admits nobody but an existing
    // staff member of this very company, with the address proven by the company's own directory.
    allowDangerousEmailAccountLinking: true,
    profile: (p) => ({ id: p.sub, email: typeof p.email === "string" ? p.email.trim().toLowerCase() : null, name: p.name ?? null }),
    // The identity provider's tokens are not kept: the Account row only records the link.
    account: () => ({}),
    [customFetch]: issuerFetch,
  };
}
