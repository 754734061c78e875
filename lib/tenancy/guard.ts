import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { recordActivity } from "@/lib/activity/record";
import { getSession } from "@/lib/auth/session";
import { ssoVerdict } from "@/lib/sso/access";
import type { Permission } from "./permissions";
import { resolveTenantContext, type TenantContext } from "./resolve";
import { findSuspendedTenant } from "./suspended";

/** Sends a signed-out visitor to sign-in, returning them to the page they asked for afterwards. */
export async function requireSignedIn(): Promise<string> {
  const session = await getSession();
  if (!session) {
    const path = (await headers()).get("x-kizuna-path") ?? "/";
    redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  }
  return session.user.id;
}

/**
 * The gate of every tenant page: signed-out visitors go to sign-in; anyone who is not an active member of this
 * tenant with the permission — members of other tenants and their admins included — gets a 404.
 */
export async function requireTenantPage(slug: string, permission: Permission = "portal.view"): Promise<TenantContext> {
  const userId = await requireSignedIn();
  const context = await resolveTenantContext(slug, userId);
  if (!context || !context.permissions.has(permission)) {
    // A company the operators suspended says so at its address rather than looking deleted.
    if (!context && (await findSuspendedTenant(slug))) {
      redirect(`/${slug.toLowerCase()}`);
    }
    notFound();
  }
  const verdict = await ssoVerdict((await getSession()) ?? {}, context, permission);
  if (verdict === "otherCompany") {
    notFound();
  }
  if (verdict === "ssoRequired") {
    const path = (await headers()).get("x-kizuna-path") ?? `/${context.tenant.slug}/admin`;
    redirect(`/${context.tenant.slug}/sso?reason=required&callbackUrl=${encodeURIComponent(path)}`);
  }
  recordActivity(context);
  return context;
}

/** The gate of tenant route handlers: the member's context, or null for a 404 (signed out included). */
export async function tenantRouteContext(slug: string, permission: Permission): Promise<TenantContext | null> {
  const session = await getSession();
  const context = session ? await resolveTenantContext(slug, session.user.id) : null;
  return context && context.permissions.has(permission) && (await ssoVerdict(session!, context, permission)) === "ok" ? context : null;
}
