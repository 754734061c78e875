import "server-only";
import { db } from "@/lib/db";
import type { Joiner } from "@/lib/auth/joiner";
import { hashPassword } from "@/lib/auth/password";
import { findActiveTenant, type TenantSummary } from "@/lib/tenancy/resolve";
import { sendWelcomeEmail } from "@/lib/templates/welcome";
import { invitationIdOf, tokenMatches } from "./token";
import { emitMemberJoined } from "@/lib/webhooks-out/domain-events";

export type InvitationProblem = "invalid" | "expired" | "used" | "revoked";

export type OpenInvitation = {
  tenant: TenantSummary;
  invitation: { id: string; email: string; expiresAt: Date };
  person: { name: string; nameKana: string | null; department: string | null; joinedOn: Date | null; leftOn: Date | null };
};

/** The invitation a link stands for, if it can still be used; else why not. Anyone may ask: the token is the key. */
export async function openInvitation(slug: string, token: string): Promise<{ ok: true; value: OpenInvitation } | { ok: false; problem: InvitationProblem }> {
  const tenant = await findActiveTenant(slug);
  const id = invitationIdOf(token);
  if (!tenant || !id) {
    return { ok: false, problem: "invalid" };
  }
  const invitation = await db.invitation.findFirst({
    where: { id, tenantId: tenant.id },
    select: {
      id: true, email: true, nonce: true, status: true, expiresAt: true,
      rosterEntry: { select: { name: true, nameKana: true, department: true, joinedOn: true, leftOn: true } },
    },
  });
  if (!invitation || !tokenMatches(token, invitation.id, invitation.nonce)) {
    return { ok: false, problem: "invalid" };
  }
  if (invitation.status === "ACCEPTED") {
    return { ok: false, problem: "used" };
  }
  if (invitation.status === "REVOKED") {
    return { ok: false, problem: "revoked" };
  }
  if (invitation.expiresAt < new Date()) {
    return { ok: false, problem: "expired" };
  }
  return {
    ok: true,
    value: { tenant, invitation: { id: invitation.id, email: invitation.email, expiresAt: invitation.expiresAt }, person: invitation.rosterEntry },
  };
}


export type AcceptOutcome =
  | { ok: true; userId: string; email: string }
  | { ok: false; problem: InvitationProblem | "emailTaken" | "alreadyMember" };

/**
 * Joins the company from an invitation, all or nothing: the account (new, or the signed-in one), an active alumni
 * membership, a profile started from the roster, the roster entry linked, the consent and its version recorded,
 * and the invitation used up — exactly once, even if the link is opened twice at the same moment.
 */
export async function acceptInvitation(slug: string, token: string, joiner: Joiner): Promise<AcceptOutcome> {
  const opened = await openInvitation(slug, token);
  if (!opened.ok) {
    return opened;
  }
  const { tenant, invitation, person } = opened.value;
  const passwordHash = "newAccount" in joiner ? await hashPassword(joiner.newAccount.password) : null;

  const outcome = await db.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, tenantId: tenant.id, status: { in: ["PENDING", "SENT", "BOUNCED"] } },
      data: { status: "ACCEPTED", acceptedAt: new Date() },
    });
    if (claimed.count === 0) {
      return { ok: false as const, problem: "used" as const };
    }
    let userId: string;
    let email = invitation.email;
    if ("userId" in joiner) {
      userId = joiner.userId;
      email = (await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } })).email;
    } else {
      if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
        throw new JoinAbort("emailTaken");
      }
      // Opening the invitation proved the address.
      const user = await tx.user.create({
        data: { email: invitation.email, name: joiner.newAccount.name, passwordHash, locale: joiner.newAccount.locale, emailVerified: new Date() },
        select: { id: true },
      });
      userId = user.id;
    }
    const existing = await tx.membership.findUnique({ where: { tenantId_userId: { tenantId: tenant.id, userId } }, select: { id: true, status: true } });
    if (existing && (existing.status === "ACTIVE" || existing.status === "SUSPENDED")) {
      throw new JoinAbort("alreadyMember");
    }
    // HR's invitation brings back someone who left, was removed, or is still waiting for approval.
    const membership = existing
      ? await tx.membership.update({ where: { id: existing.id }, data: { role: "ALUMNI", status: "ACTIVE", decidedAt: new Date() }, select: { id: true } })
      : await tx.membership.create({ data: { tenantId: tenant.id, userId, role: "ALUMNI", status: "ACTIVE" }, select: { id: true } });
    const fromRoster = { nameKana: person.nameKana, department: person.department, joinedOn: person.joinedOn, leftOn: person.leftOn, lastActiveAt: new Date() };
    await tx.alumniProfile.upsert({
      where: { tenantId_membershipId: { tenantId: tenant.id, membershipId: membership.id } },
      create: { tenantId: tenant.id, membershipId: membership.id, displayName: "newAccount" in joiner ? joiner.newAccount.name : person.name, ...fromRoster },
      update: fromRoster,
    });
    const entry = await tx.invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { rosterEntryId: true } });
    await tx.rosterEntry.updateMany({ where: { id: entry.rosterEntryId, tenantId: tenant.id }, data: { membershipId: membership.id } });
    await tx.consent.create({ data: { tenantId: tenant.id, membershipId: membership.id, version: tenant.termsVersion } });
    await emitMemberJoined(tx, tenant.id, membership.id, "invitation");
    return { ok: true as const, userId, email };
  }).catch((error: unknown) => {
    if (error instanceof JoinAbort) {
      return { ok: false as const, problem: error.problem };
    }
    throw error;
  });
  if (outcome.ok) {
    await sendWelcomeEmail(tenant.id, outcome.userId);
  }
  return outcome;
}

// Thrown inside the transaction so that everything it wrote is rolled back, then turned into an outcome.
class JoinAbort extends Error {
  constructor(readonly problem: "emailTaken" | "alreadyMember") {
    super(problem);
  }
}

/** Notes the first time an invitation's link was opened (the funnel's middle step); later opens change nothing. */
export async function markInvitationOpened(tenantId: string, invitationId: string): Promise<void> {
  await db.invitation.updateMany({ where: { id: invitationId, tenantId, openedAt: null }, data: { openedAt: new Date() } });
}
