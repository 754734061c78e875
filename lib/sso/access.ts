import "server-only";
import type { Session } from "next-auth";
import { db } from "@/lib/db";
import type { Permission } from "@/lib/tenancy/permissions";
import type { TenantContext } from "@/lib/tenancy/resolve";

// What any member may do; everything else is staff work, which "staff must use SSO" covers.
const MEMBER_PERMISSIONS: ReadonlySet<Permission> = new Set(["portal.view", "profile.editOwn", "directory.read"]);

export type SsoVerdict = "ok" | "otherCompany" | "ssoRequired";

/**
 * Asked by every tenant gate after membership: a session that came through one company's identity provider opens
 * that company only (its IdP vouches for nobody elsewhere); and where the company requires SSO of its staff, staff
 * work needs a session from its own provider. Owners are exempt, the break-glass when the provider fails.
 */
export async function ssoVerdict(session: Pick<Session, "ssoTenantId">, context: TenantContext, permission: Permission): Promise<SsoVerdict> {
  if (session.ssoTenantId && session.ssoTenantId !== context.tenant.id) {
    return "otherCompany";
  }
  if (MEMBER_PERMISSIONS.has(permission) || context.membership.role === "OWNER" || context.membership.role === "ALUMNI" || session.ssoTenantId === context.tenant.id) {
    return "ok";
  }
  const sso = await db.tenantSso.findUnique({ where: { tenantId: context.tenant.id }, select: { enabled: true, staffMustUseSso: true } });
  return sso?.enabled && sso.staffMustUseSso ? "ssoRequired" : "ok";
}
