import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { revokeLiveInvitations } from "@/lib/invitations/revoke-live";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { sendJoinNotice } from "./notify";
import { localeOr } from "./self-join";
import { resolveNotifications } from "@/lib/notifications/read";
import { emitMemberJoined } from "@/lib/webhooks-out/domain-events";

/** People waiting for approval, oldest first, each with the roster entries their email could match. */
export async function listApplicants(context: TenantContext) {
  const pending = await db.membership.findMany({
    where: { tenantId: context.tenant.id, status: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: { id: true, createdAt: true, applicationNote: true, user: { select: { email: true, name: true } }, profile: { select: { displayName: true } } },
  });
  const emails = pending.map((p) => p.user.email);
  const matches = await db.rosterEntry.findMany({
    where: { tenantId: context.tenant.id, membershipId: null, email: { in: emails } },
    select: { id: true, email: true, name: true, department: true },
  });
  return pending.map((p) => ({ ...p, rosterMatches: matches.filter((m) => m.email === p.user.email) }));
}

export async function countApplicants(context: TenantContext): Promise<number> {
  return db.membership.count({ where: { tenantId: context.tenant.id, status: "PENDING" } });
}

/** Approves (optionally linking a roster entry) or rejects a request, and tells the applicant by email. */
export async function decideApplicant(
  context: TenantContext,
  membershipId: string,
  decision: { approve: true; rosterEntryId?: string | null } | { approve: false; reason: string | null },
): Promise<{ name: string } | null> {
  const tenantId = context.tenant.id;
  const outcome = await db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: membershipId, tenantId, status: "PENDING" },
      select: { id: true, userId: true, user: { select: { email: true, name: true, locale: true } }, profile: { select: { displayName: true } } },
    });
    if (!membership) {
      return null;
    }
    await tx.membership.update({
      where: { id: membership.id },
      data: { status: decision.approve ? "ACTIVE" : "REJECTED", decidedAt: new Date(), decisionNote: decision.approve ? null : decision.reason },
    });
    // Decided for everyone: the request leaves every approver's bell.
    await resolveNotifications(tx, tenantId, "APPROVAL", membership.id);
    let linkedEntryId: string | null = null;
    if (decision.approve && decision.rosterEntryId) {
      const entry = await tx.rosterEntry.findFirst({ where: { id: decision.rosterEntryId, tenantId, membershipId: null } });
      if (entry) {
        await tx.rosterEntry.update({ where: { id: entry.id }, data: { membershipId: membership.id } });
        await revokeLiveInvitations(tx, tenantId, [entry.id]);
        linkedEntryId = entry.id;
        await tx.alumniProfile.updateMany({
          where: { tenantId, membershipId: membership.id },
          data: { department: entry.department, joinedOn: entry.joinedOn, leftOn: entry.leftOn, nameKana: entry.nameKana },
        });
      }
    }
    if (decision.approve) {
      await emitMemberJoined(tx, tenantId, membership.id, "approval");
    }
    await recordAudit(tx, { tenantId, userId: context.userId }, [{
      action: decision.approve ? "applicant.approve" : "applicant.reject",
      targetMembershipId: membership.id,
      targetRosterId: linkedEntryId,
      details: decision.approve ? {} : { reason: decision.reason },
    }]);
    return membership;
  });
  if (!outcome) {
    return null;
  }
  const locale = localeOr(outcome.user.locale, context.tenant.defaultLocale === "en" ? "en" : "ja");
  await sendJoinNotice(decision.approve ? "approved" : "rejected", outcome.user.email, {
    locale,
    company: tenantDisplayName(context.tenant, locale),
    tenantId,
    // The notice's button opens the first screen, where the company's welcome message greets them.
    path: decision.approve ? `/${context.tenant.slug}/profile/edit?welcome=1` : `/${context.tenant.slug}`,
    reason: decision.approve ? undefined : (decision.reason ?? undefined),
  });
  // One mail for an approval: the notice above, whose button opens the welcome screen — not a second mail.
  return { name: outcome.profile?.displayName ?? outcome.user.name ?? outcome.user.email };
}
