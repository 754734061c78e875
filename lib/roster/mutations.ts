import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/resolve";
import type { RosterEntryForm } from "./schema";

export type RosterWriteOutcome = { ok: true; id: string } | { ok: false; conflict: "employeeNumber" | "email" } | { ok: false; notFound: true };

function conflictOf(error: unknown): "employeeNumber" | "email" | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return JSON.stringify(error.meta ?? {}).includes("employeeNumber") ? "employeeNumber" : "email";
  }
  return null;
}

/** Adds an entry by hand, or saves changes to one; a number or email another entry has is a conflict. */
export async function saveRosterEntry(context: TenantContext, entry: RosterEntryForm, id?: string): Promise<RosterWriteOutcome> {
  try {
    if (id) {
      const { count } = await db.rosterEntry.updateMany({ where: { id, tenantId: context.tenant.id }, data: entry });
      return count ? { ok: true, id } : { ok: false, notFound: true };
    }
    const created = await db.rosterEntry.create({ data: { ...entry, tenantId: context.tenant.id }, select: { id: true } });
    return { ok: true, id: created.id };
  } catch (error) {
    const conflict = conflictOf(error);
    if (conflict) {
      return { ok: false, conflict };
    }
    throw error;
  }
}

export async function deleteRosterEntry(context: TenantContext, id: string): Promise<boolean> {
  const { count } = await db.rosterEntry.deleteMany({ where: { id, tenantId: context.tenant.id } });
  return count > 0;
}
