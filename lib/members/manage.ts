import "server-only";
import { recordAudit, type AuditAction } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { revokeLiveInvitations } from "@/lib/invitations/revoke-live";
import type { MembershipStatus } from "@/lib/generated/prisma/enums";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { emitMemberLeft } from "@/lib/webhooks-out/domain-events";

export const MEMBER_CHANGES = ["suspend", "reinstate", "remove"] as const;
export type MemberChange = (typeof MEMBER_CHANGES)[number];

// Which members each change applies to, what it makes of them, and what the audit log calls it.
const RULES: Record<MemberChange, { from: MembershipStatus[]; to: MembershipStatus; audit: AuditAction }> = {
  suspend: { from: ["ACTIVE"], to: "SUSPENDED", audit: "member.suspend" },
  reinstate: { from: ["SUSPENDED"], to: "ACTIVE", audit: "member.reinstate" },
  remove: { from: ["ACTIVE", "SUSPENDED", "PENDING"], to: "REMOVED", audit: "member.remove" },
};

export type MemberChangeOutcome = { changed: number; skipped: number };

/**
 * Suspends (no access, hidden from others, reversible), reinstates, or removes alumni (profile deleted, roster
 * link undone; the membership row stays for the history). Staff and the acting person are never changed here.
 * All or nothing, each change written to the audit log in the same transaction.
 */
export async function changeMembers(context: TenantContext, change: MemberChange, membershipIds: string[], reason: string | null): Promise<MemberChangeOutcome> {
  return db.$transaction((tx) => applyMemberChange(tx, context, change, membershipIds, reason));
}

/** changeMembers inside the caller's transaction (the moderation queue suspends and closes reports at once). */
export async function applyMemberChange(tx: Tx, context: TenantContext, change: MemberChange, membershipIds: string[], reason: string | null): Promise<MemberChangeOutcome> {
  const tenantId = context.tenant.id;
  const rule = RULES[change];
  {
    const targets = await tx.membership.findMany({
      where: { tenantId, id: { in: membershipIds, not: context.membership.id }, role: "ALUMNI", status: { in: rule.from } },
      select: { id: true, status: true },
    });
    const ids = targets.map((m) => m.id);
    if (ids.length) {
      if (change === "remove") {
        // Removing a request that was never approved is not a member leaving.
        for (const m of targets.filter((t) => t.status !== "PENDING")) {
          await emitMemberLeft(tx, tenantId, m.id, "removed");
        }
      }
      await tx.membership.updateMany({ where: { tenantId, id: { in: ids } }, data: { status: rule.to } });
      const entries = await tx.rosterEntry.findMany({ where: { tenantId, membershipId: { in: ids } }, select: { id: true, membershipId: true } });
      if (change === "remove") {
        await tx.alumniProfile.deleteMany({ where: { tenantId, membershipId: { in: ids } } });
        await tx.emailPreference.deleteMany({ where: { tenantId, membershipId: { in: ids } } });
        await tx.rosterEntry.updateMany({ where: { tenantId, membershipId: { in: ids } }, data: { membershipId: null } });
        await revokeLiveInvitations(tx, tenantId, entries.map((e) => e.id));
      }
      await recordAudit(tx, { tenantId, userId: context.userId }, targets.map((m) => ({
        action: rule.audit,
        targetMembershipId: m.id,
        targetRosterId: entries.find((e) => e.membershipId === m.id)?.id ?? null,
        details: { from: m.status, to: rule.to, ...(reason ? { reason } : {}) },
      })));
    }
    return { changed: ids.length, skipped: membershipIds.length - ids.length };
  }
}
