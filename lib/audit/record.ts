import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";


// Every admin action on a member or roster entry, and every announcement sent or scheduled, named as the audit
// log shows it.
export const AUDIT_ACTIONS = [
  "member.suspend",
  "member.reinstate",
  "member.remove",
  "applicant.approve",
  "applicant.reject",
  "invitation.create",
  "invitation.schedule",
  "invitation.resend",
  "invitation.revoke",
  "roster.create",
  "roster.update",
  "roster.delete",
  "suppression.lift",
  "broadcast.send",
  "broadcast.schedule",
  "broadcast.unschedule",
  "report.dismiss",
  "report.suspend",
  "settings.directMessages",
  "settings.branding",
  "feed.hidePost",
  "feed.unhidePost",
  "feed.deletePost",
  "feed.deleteComment",
  "feed.dismissReport",
  "feed.allowAlumniPosts",
  "feed.disallowAlumniPosts",
  "template.save",
  "template.reset",
  "domain.set",
  "domain.verify",
  "domain.remove",
  "apiKey.create",
  "apiKey.revoke",
  "roster.apiSync",
  "webhook.create",
  "webhook.update",
  "webhook.enable",
  "webhook.disable",
  "webhook.rotateSecret",
  "webhook.delete",
  "webhook.redeliver",
  "sso.save",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  action: AuditAction;
  targetMembershipId?: string | null;
  targetRosterId?: string | null;
  details?: Prisma.InputJsonObject;
};

/** Writes audit events inside the caller's transaction, so the log holds exactly what was done. */
export async function recordAudit(tx: Tx, actor: { tenantId: string; userId: string }, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  await tx.auditEvent.createMany({
    data: entries.map((e) => ({
      tenantId: actor.tenantId,
      actorUserId: actor.userId,
      action: e.action,
      targetMembershipId: e.targetMembershipId ?? null,
      targetRosterId: e.targetRosterId ?? null,
      details: e.details ?? {},
    })),
  });
}
