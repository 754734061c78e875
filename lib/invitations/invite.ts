import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { jobQueue } from "@/lib/jobs/boss";
import { QUEUES, type SendInvitationsJob } from "@/lib/jobs/queues";
import type { TenantContext } from "@/lib/tenancy/resolve";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export type InviteOutcome = { invited: number; noEmail: number; alreadyInvited: number };

const JOB_BATCH = 50;

export const newNonce = () => randomBytes(16).toString("base64url");

/** Queues the send job inside the caller's transaction: the invitations and their job commit, or neither. */
export async function enqueueInvitationEmails(tx: Tx, tenantId: string, invitationIds: string[]): Promise<void> {
  const boss = await jobQueue();
  const executeSql = async (text: string, values: unknown[]) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) });
  for (let i = 0; i < invitationIds.length; i += JOB_BATCH) {
    const job: SendInvitationsJob = { tenantId, invitationIds: invitationIds.slice(i, i + JOB_BATCH) };
    await boss.send(QUEUES.sendInvitations, job, { db: { executeSql } });
  }
}

/**
 * Invites roster entries: the chosen ones, or everyone not invited yet. People who joined, who hold a live
 * invitation, or who have no email are left out and counted. The emails go out from a job, never in the request.
 */
export async function inviteFromRoster(context: TenantContext, choice: { entryIds: string[] } | { everyone: true }): Promise<InviteOutcome> {
  const tenantId = context.tenant.id;
  const now = new Date();
  const candidates = await db.rosterEntry.findMany({
    where: { tenantId, ...("entryIds" in choice ? { id: { in: choice.entryIds } } : {}) },
    select: {
      id: true,
      email: true,
      membershipId: true,
      invitations: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true, expiresAt: true } },
    },
  });
  const outcome: InviteOutcome = { invited: 0, noEmail: 0, alreadyInvited: 0 };
  const toInvite: { id: string; email: string }[] = [];
  for (const entry of candidates) {
    const latest = entry.invitations[0];
    const live = latest && (latest.status === "PENDING" || latest.status === "SENT") && latest.expiresAt > now;
    if (entry.membershipId || live) {
      outcome.alreadyInvited++;
    } else if (!entry.email) {
      outcome.noEmail++;
    } else {
      toInvite.push({ id: entry.id, email: entry.email });
    }
  }
  if (toInvite.length === 0) {
    return outcome;
  }
  const expiresAt = new Date(now.getTime() + context.tenant.invitationDays * 86_400_000);
  await db.$transaction(async (tx) => {
    const created = await tx.invitation.createManyAndReturn({
      data: toInvite.map((e) => ({ tenantId, rosterEntryId: e.id, email: e.email, nonce: newNonce(), expiresAt, createdById: context.userId })),
      select: { id: true },
    });
    await enqueueInvitationEmails(tx, tenantId, created.map((i) => i.id));
  });
  outcome.invited = toInvite.length;
  return outcome;
}

/**
 * A fresh link for an invitation (the old one stops working), sent again by the job, to the roster entry's
 * address as it is now: after a bounce HR corrects the address, then resends.
 */
export async function resendInvitation(context: TenantContext, invitationId: string): Promise<boolean> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({ where: { id: invitationId, tenantId }, select: { email: true, rosterEntry: { select: { email: true } } } });
    if (!invitation) {
      return false;
    }
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, tenantId, status: { in: ["PENDING", "SENT", "BOUNCED"] } },
      data: {
        status: "PENDING", nonce: newNonce(), expiresAt: new Date(Date.now() + context.tenant.invitationDays * 86_400_000), revokedAt: null,
        email: invitation.rosterEntry.email ?? invitation.email, emailId: null, bouncedAt: null, bounceReason: null,
      },
    });
    if (count) {
      await enqueueInvitationEmails(tx, tenantId, [invitationId]);
    }
    return count > 0;
  });
}

export async function revokeInvitation(context: TenantContext, invitationId: string): Promise<boolean> {
  const { count } = await db.invitation.updateMany({
    where: { id: invitationId, tenantId: context.tenant.id, status: { in: ["PENDING", "SENT", "BOUNCED"] } },
    data: { status: "REVOKED", revokedAt: new Date() },
  });
  return count > 0;
}
