import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { scheduledSendTime } from "@/lib/invitations/invite";
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

/**
 * Adds an entry by hand, or saves changes to one; a number or email another entry has is a conflict. Each change
 * is in the audit log, and an invitation still waiting for the person's last day follows the entry's new leave
 * date and address.
 */
export async function saveRosterEntry(context: TenantContext, entry: RosterEntryForm, id?: string): Promise<RosterWriteOutcome> {
  const tenantId = context.tenant.id;
  const actor = { tenantId, userId: context.userId };
  try {
    return await db.$transaction(async (tx) => {
      if (id) {
        const before = await tx.rosterEntry.findFirst({ where: { id, tenantId } });
        if (!before) {
          return { ok: false as const, notFound: true as const };
        }
        await tx.rosterEntry.update({ where: { id }, data: entry });
        const changed = (Object.keys(entry) as (keyof RosterEntryForm)[]).filter((k) => String(before[k] ?? "") !== String(entry[k] ?? ""));
        if (changed.length) {
          await recordAudit(tx, actor, [{ action: "roster.update", targetRosterId: id, details: { fields: changed } }]);
        }
        await followRosterEntry(tx, context, id, entry);
        return { ok: true as const, id };
      }
      const created = await tx.rosterEntry.create({ data: { ...entry, tenantId }, select: { id: true } });
      await recordAudit(tx, actor, [{ action: "roster.create", targetRosterId: created.id }]);
      return { ok: true as const, id: created.id };
    });
  } catch (error) {
    const conflict = conflictOf(error);
    if (conflict) {
      return { ok: false, conflict };
    }
    throw error;
  }
}


/** A scheduled invitation goes to the entry's address as it is, on its leave date as it is (now, if that passed). */
async function followRosterEntry(tx: Tx, context: TenantContext, entryId: string, entry: RosterEntryForm) {
  const where = { tenantId: context.tenant.id, rosterEntryId: entryId, status: "PENDING" as const, scheduledFor: { not: null } };
  if (!entry.email) {
    await tx.invitation.updateMany({ where, data: { status: "REVOKED", revokedAt: new Date() } });
    return;
  }
  const scheduledFor = scheduledSendTime(entry.leftOn, context.tenant.timezone) ?? new Date();
  await tx.invitation.updateMany({
    where,
    data: { email: entry.email, scheduledFor, expiresAt: new Date(scheduledFor.getTime() + context.tenant.invitationDays * 86_400_000) },
  });
}

export async function deleteRosterEntry(context: TenantContext, id: string): Promise<boolean> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const { count } = await tx.rosterEntry.deleteMany({ where: { id, tenantId } });
    if (count) {
      await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "roster.delete", targetRosterId: id }]);
    }
    return count > 0;
  });
}
