import "server-only";
import { cache } from "react";
import { siteScope } from "@/lib/auth/site-scope";
import { db } from "@/lib/db";
import type { Locale, MembershipStatus, RegistrationRule, Role } from "@/lib/generated/prisma/enums";
import { permissionsFor, type Permission } from "@/lib/tenancy/permissions";

export type TenantSummary = {
  id: string;
  slug: string;
  name: string;
  nameEn: string | null;
  defaultLocale: Locale;
  timezone: string;
  invitationDays: number;
  termsVersion: string;
  registrationRule: RegistrationRule;
  joinDomains: string[];
  hrGrants: string[];
  brandColor: string | null;
};

export type TenantContext = {
  tenant: TenantSummary;
  userId: string;
  membership: { id: string; role: Role };
  permissions: ReadonlySet<Permission>;
};

const tenantSelect = {
  id: true,
  slug: true,
  name: true,
  nameEn: true,
  defaultLocale: true,
  timezone: true,
  invitationDays: true,
  termsVersion: true,
  registrationRule: true,
  joinDomains: true,
  hrGrants: true,
  brandColor: true,
  status: true,
} as const;

// Anything that could not be a company's address (a NUL byte in a URL or form would make PostgreSQL refuse the
// query, a 500) is no company, without asking the database.
export const couldBeSlug = (slug: string) => /^[A-Za-z0-9_-]{1,64}$/.test(slug);

/** An active tenant by its slug, or null. Cached for the request. */
export const findActiveTenant = cache(async (slug: string): Promise<TenantSummary | null> => {
  if (!couldBeSlug(slug)) {
    return null;
  }
  const tenant = await db.tenant.findUnique({ where: { slug: slug.toLowerCase() }, select: tenantSelect });
  if (!tenant || tenant.status !== "ACTIVE") {
    return null;
  }
  const { status: _status, ...summary } = tenant;
  return summary;
});

type MembershipRow = { id: string; role: Role; status: MembershipStatus };
type TenantRow = Omit<TenantSummary, "joinDomains" | "hrGrants"> & {
  joinDomains: string[] | null;
  hrGrants: string[] | null;
  status: string;
  membershipId: string | null;
  membershipRole: Role | null;
  membershipStatus: MembershipStatus | null;
};

const findTenantWithMembershipCached = cache(
  async (slug: string, userId: string): Promise<{ tenant: TenantSummary | null; membership: MembershipRow | null }> => {
    const [row] = await db.$queryRaw<TenantRow[]>`
      SELECT t.id, t.slug, t.name, t."nameEn", t."defaultLocale"::text AS "defaultLocale", t.timezone, t."invitationDays",
        t."termsVersion", t."registrationRule"::text AS "registrationRule", t."joinDomains", t."hrGrants", t."brandColor", t.status::text AS status,
        m.id AS "membershipId", m.role::text AS "membershipRole", m.status::text AS "membershipStatus"
      FROM "Tenant" t LEFT JOIN "Membership" m ON m."tenantId" = t.id AND m."userId" = ${userId}
      WHERE t.slug = ${slug}`;
    if (!row || row.status !== "ACTIVE") {
      return { tenant: null, membership: null };
    }
    const { status: _status, membershipId, membershipRole, membershipStatus, ...tenant } = row;
    return {
      tenant: { ...tenant, joinDomains: tenant.joinDomains ?? [], hrGrants: tenant.hrGrants ?? [] },
      membership: membershipId && membershipRole && membershipStatus ? { id: membershipId, role: membershipRole, status: membershipStatus } : null,
    };
  },
);

/**
 * An active tenant by its slug together with this user's membership in it (whatever its status), or nulls. One
 * statement, cached for the request: the language negotiation and the page's guard both ask, and before this
 * the tenant and the membership were two round trips on every signed-in page.
 */
export async function findTenantWithMembership(slug: string, userId: string): Promise<{ tenant: TenantSummary | null; membership: MembershipRow | null }> {
  if (!couldBeSlug(slug)) {
    return { tenant: null, membership: null };
  }
  return findTenantWithMembershipCached(slug.toLowerCase(), userId);
}

/**
 * The caller's context in a tenant, or null when they are not an active member: the one place membership is
 * decided. Callers turn null into a 404, so a non-member learns nothing about what exists there.
 */
export const resolveTenantContext = cache(async (slug: string, userId: string): Promise<TenantContext | null> => {
  const [{ tenant, membership }, site] = await Promise.all([findTenantWithMembership(slug, userId), siteScope()]);
  // A session made on a company's own domain is that company's only (decisions/032).
  if (!tenant || !membership || membership.status !== "ACTIVE" || (site && site !== tenant.id)) {
    return null;
  }
  return {
    tenant,
    userId,
    membership: { id: membership.id, role: membership.role },
    permissions: permissionsFor(membership.role, tenant.hrGrants),
  };
});
