import "server-only";
import { db } from "@/lib/db";

export const STAFF_ROLES = ["OWNER", "ADMIN", "HR"] as const;

export type SsoRefusal = "notStaff" | "unverified" | "noEmail" | "domain" | "unavailable";

type Attempt = { tenantId: string; profile: { email?: unknown; email_verified?: unknown }; providerAccountId: string };

const verified = (claim: unknown) => claim === true || claim === "true";

/**
 * Auth.js's signIn callback for a company's provider: admits only an existing staff member (HR, admin, owner) of
 * that company, found by the address the company's identity provider proved — no account or membership is ever
 * made here. An account already linked to this provider must be that same person. Refusals come back as the
 * company's SSO page with the reason, which it explains.
 */
export async function admitSsoSignIn({ tenantId, profile, providerAccountId }: Attempt): Promise<true | string> {
  const sso = await db.tenantSso.findUnique({
    where: { tenantId },
    select: { enabled: true, trustUnverifiedEmail: true, allowedDomains: true, tenant: { select: { slug: true, status: true } } },
  });
  if (!sso || sso.tenant.status !== "ACTIVE") {
    return "/signin?error=AccessDenied";
  }
  const refuse = (reason: SsoRefusal) => `/${sso.tenant.slug}/sso?error=${reason}`;
  const email = typeof profile.email === "string" ? profile.email.trim().toLowerCase() : "";
  if (!sso.enabled) {
    return refuse("unavailable");
  }
  if (!email) {
    return refuse("noEmail");
  }
  if (!verified(profile.email_verified) && !sso.trustUnverifiedEmail) {
    return refuse("unverified");
  }
  if (sso.allowedDomains.length > 0 && !sso.allowedDomains.includes(email.split("@").pop() ?? "")) {
    return refuse("domain");
  }
  const [user, linked] = await Promise.all([
    db.user.findFirst({
      where: { email, memberships: { some: { tenantId, status: "ACTIVE", role: { in: [...STAFF_ROLES] } } } },
      select: { id: true },
    }),
    db.account.findUnique({ where: { provider_providerAccountId: { provider: `sso-${tenantId}`, providerAccountId } }, select: { userId: true } }),
  ]);
  if (!user || (linked && linked.userId !== user.id)) {
    return refuse("notStaff");
  }
  await db.tenantSso.update({ where: { tenantId }, data: { lastSignInAt: new Date() } });
  return true;
}
