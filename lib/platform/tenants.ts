import "server-only";
import { db } from "@/lib/db";
import { createTenantWithOwner, type CreateTenantOutcome } from "@/lib/tenants/create-tenant";
import { recordPlatformAudit } from "./audit";
import type { z } from "zod";
import type { operatorCreateTenantSchema } from "./schema";

/** A company created by an operator for a customer: its owner signs in with an email link to their address. */
export async function createTenantAsOperator(operatorId: string, form: z.output<typeof operatorCreateTenantSchema>): Promise<CreateTenantOutcome> {
  return createTenantWithOwner(
    { companyName: form.companyName, nameEn: form.nameEn, slug: form.slug },
    { byEmail: { email: form.ownerEmail, name: form.ownerName }, locale: form.defaultLocale },
    form.defaultLocale,
    (tx, tenantId) => recordPlatformAudit(tx, operatorId, "tenant.create", tenantId, { slug: form.slug, ownerEmail: form.ownerEmail }),
  );
}

/**
 * Suspends a company: its portals show a notice instead of any page and nobody can act in it; nothing is
 * deleted. False when it was not active.
 */
export async function suspendTenant(operatorId: string, tenantId: string, reason: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.tenant.updateMany({ where: { id: tenantId, status: "ACTIVE" }, data: { status: "SUSPENDED", suspendedAt: new Date(), suspendedReason: reason } });
    if (count) {
      await recordPlatformAudit(tx, operatorId, "tenant.suspend", tenantId, { reason });
    }
    return count > 0;
  });
}

/** Brings a suspended company back as it was. False when it was not suspended. */
export async function reactivateTenant(operatorId: string, tenantId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.tenant.updateMany({ where: { id: tenantId, status: "SUSPENDED" }, data: { status: "ACTIVE", suspendedAt: null, suspendedReason: null } });
    if (count) {
      await recordPlatformAudit(tx, operatorId, "tenant.reactivate", tenantId);
    }
    return count > 0;
  });
}
