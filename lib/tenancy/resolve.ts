import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Locale, RegistrationRule, Role } from "@/lib/generated/prisma/enums";
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
  status: true,
} as const;

/** An active tenant by its slug, or null. Cached for the request. */
export const findActiveTenant = cache(async (slug: string): Promise<TenantSummary | null> => {
  const tenant = await db.tenant.findUnique({ where: { slug: slug.toLowerCase() }, select: tenantSelect });
  if (!tenant || tenant.status !== "ACTIVE") {
    return null;
  }
  const { status: _status, ...summary } = tenant;
  return summary;
});

/**
 * The caller's context in a tenant, or null when they are not an active member: the one place membership is
 * decided. Callers turn null into a 404, so a non-member learns nothing about what exists there.
 */
export const resolveTenantContext = cache(
  async (slug: string, userId: string): Promise<TenantContext | null> => {
    const tenant = await findActiveTenant(slug);
    if (!tenant) {
      return null;
    }
    const membership = await db.membership.findUnique({
      where: { tenantId_userId: { tenantId: tenant.id, userId } },
      select: { id: true, role: true, status: true },
    });
    if (!membership || membership.status !== "ACTIVE") {
      return null;
    }
    return {
      tenant,
      userId,
      membership: { id: membership.id, role: membership.role },
      permissions: permissionsFor(membership.role),
    };
  },
);
