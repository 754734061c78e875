import "server-only";
import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { loadSessionFacts } from "./session-facts";

/**
 * The session a decoded token stands for, with the user's facts read fresh: null when the user is gone or signed
 * out everywhere after this token was issued. Shared by Auth.js's session callback and the direct read of
 * lib/auth/session.ts, so both decide alike.
 */
export async function sessionOfToken(token: JWT, expires: string): Promise<Session | null> {
  if (!token.sub) {
    return null;
  }
  const facts = await loadSessionFacts(token.sub);
  if (!facts || (facts.sessionsValidFrom && Number(token.authAt ?? 0) < facts.sessionsValidFrom.getTime())) {
    return null;
  }
  // A session carried to a company's own domain (lib/domains/sign-in-pass.ts) acts in that company only: whoever
  // runs that domain's DNS could have taken the cookie, so it must not open the person's other networks.
  const site = typeof token.siteTenantId === "string" ? token.siteTenantId : null;
  return {
    expires,
    user: { id: token.sub, name: facts.name, email: facts.email, image: typeof token.picture === "string" ? token.picture : null },
    locale: facts.locale,
    isPlatformOperator: site ? false : facts.isPlatformOperator,
    memberships: site ? facts.memberships.filter((m) => m.tenantId === site) : facts.memberships,
    ...(site ? { siteTenantId: site } : {}),
    ssoTenantId: typeof token.ssoTenantId === "string" ? token.ssoTenantId : null,
  };
}
