import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { inTransaction, jobQueue } from "@/lib/jobs/boss";
import { QUEUES, type SendInvitationsJob } from "@/lib/jobs/queues";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { atLocalHour, localToday } from "@/lib/time/zoned";


/** Who invites: staff from a screen, or the plan's author when a planned wave goes out (lib/playbook/setup/waves.ts). */
export type Inviter = { tenant: Pick<TenantContext["tenant"], "id" | "timezone" | "invitationDays">; userId: string };

export type InviteOutcome = { invited: number; scheduled: number; noEmail: number; alreadyInvited: number };

const JOB_BATCH = 50;

// Someone still employed is invited at the end of their last working day, in the company's timezone.
const SCHEDULED_HOUR = 17;

/** When an entry's invitation should go out: null for now, or their leave date's evening when that is still ahead. */
export function scheduledSendTime(leftOn: Date | null, timeZone: string, now = new Date()): Date | null {
  if (!leftOn || leftOn <= localToday(timeZone, now)) {
    return null;
  }
  return atLocalHour(leftOn, SCHEDULED_HOUR, timeZone);
}

export const newNonce = () => randomBytes(16).toString("base64url");

/** Queues the send job inside the caller's transaction: the invitations and their job commit, or neither. */
export async function enqueueInvitationEmails(tx: Tx, tenantId: string, invitationIds: string[]): Promise<void> {
  const boss = await jobQueue();
  for (let i = 0; i < invitationIds.length; i += JOB_BATCH) {
    const job: SendInvitationsJob = { tenantId, invitationIds: invitationIds.slice(i, i + JOB_BATCH) };
    await boss.send(QUEUES.sendInvitations, job, { db: inTransaction(tx) });
  }
}

/**
 * Invites roster entries: the chosen ones, or everyone not invited yet. People who joined, who hold a live
 * invitation, or who have no email are left out and counted. The emails go out from a job, never in the request;
 * for people whose leave date is still ahead, on that date.
 */
export async function inviteFromRoster(context: Inviter, choice: { entryIds: string[] } | { everyone: true }): Promise<InviteOutcome> {
  const tenantId = context.tenant.id;
  const now = new Date();
  const validFor = context.tenant.invitationDays * 86_400_000;
  const outcome: InviteOutcome = { invited: 0, scheduled: 0, noEmail: 0, alreadyInvited: 0 };
  const toInvite: { id: string; email: string; scheduledFor: Date | null }[] = [];
  await db.$transaction(async (tx) => {
    // Two HR staff pressing "invite" at once must not give one person two live links: invitations of a company
    // are decided one batch at a time, and each batch reads the state after the previous one committed.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('kizuna.invite'), hashtext(${tenantId}))`;
    const candidates = await tx.rosterEntry.findMany({
      where: { tenantId, ...("entryIds" in choice ? { id: { in: choice.entryIds } } : {}) },
      select: {
        id: true,
        email: true,
        membershipId: true,
        leftOn: true,
        invitations: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true, expiresAt: true } },
      },
    });
    for (const entry of candidates) {
      const latest = entry.invitations[0];
      const live = latest && (latest.status === "PENDING" || latest.status === "SENT") && latest.expiresAt > now;
      if (entry.membershipId || live) {
        outcome.alreadyInvited++;
      } else if (!entry.email) {
        outcome.noEmail++;
      } else {
        toInvite.push({ id: entry.id, email: entry.email, scheduledFor: scheduledSendTime(entry.leftOn, context.tenant.timezone, now) });
      }
    }
    if (toInvite.length === 0) {
      return;
    }
    const created = await tx.invitation.createManyAndReturn({
      data: toInvite.map((e) => ({
        tenantId,
        rosterEntryId: e.id,
        email: e.email,
        nonce: newNonce(),
        scheduledFor: e.scheduledFor,
        // A scheduled link's validity starts when it is sent.
        expiresAt: new Date((e.scheduledFor ?? now).getTime() + validFor),
        createdById: context.userId,
      })),
      select: { id: true, rosterEntryId: true, scheduledFor: true },
    });
    // Scheduled ones wait in the table; lib/invitations/release.ts sends them when their time comes.
    await enqueueInvitationEmails(tx, tenantId, created.filter((i) => !i.scheduledFor).map((i) => i.id));
    await recordAudit(tx, { tenantId, userId: context.userId }, created.map((i) => ({
      action: i.scheduledFor ? "invitation.schedule" : "invitation.create",
      targetRosterId: i.rosterEntryId,
      details: i.scheduledFor ? { scheduledFor: i.scheduledFor.toISOString() } : {},
    })));
  }, { timeout: 60_000 });
  outcome.scheduled = toInvite.filter((e) => e.scheduledFor).length;
  outcome.invited = toInvite.length - outcome.scheduled;
  return outcome;
}

/**
 * A fresh link for an invitation (the old one stops working), sent now by the job — also when it was scheduled —
 * to the roster entry's address as it is now: after a bounce HR corrects the address, then resends.
 */
export async function resendInvitation(context: TenantContext, invitationId: string): Promise<boolean> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: invitationId, tenantId, status: { in: ["PENDING", "SENT", "BOUNCED"] } },
      select: { email: true, rosterEntryId: true, rosterEntry: { select: { email: true } } },
    });
    if (!invitation) {
      return false;
    }
    await tx.invitation.update({
      where: { id: invitationId },
      data: {
        status: "PENDING", nonce: newNonce(), scheduledFor: null, expiresAt: new Date(Date.now() + context.tenant.invitationDays * 86_400_000), revokedAt: null,
        email: invitation.rosterEntry.email ?? invitation.email, emailId: null, bouncedAt: null, bounceReason: null,
      },
    });
    await enqueueInvitationEmails(tx, tenantId, [invitationId]);
    await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "invitation.resend", targetRosterId: invitation.rosterEntryId }]);
    return true;
  });
}

export async function revokeInvitation(context: TenantContext, invitationId: string): Promise<boolean> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: invitationId, tenantId, status: { in: ["PENDING", "SENT", "BOUNCED"] } },
      select: { rosterEntryId: true },
    });
    if (!invitation) {
      return false;
    }
    await tx.invitation.update({ where: { id: invitationId }, data: { status: "REVOKED", revokedAt: new Date() } });
    await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "invitation.revoke", targetRosterId: invitation.rosterEntryId }]);
    return true;
  });
}
