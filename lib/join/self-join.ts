import "server-only";
import { db } from "@/lib/db";
import { revokeLiveInvitations } from "@/lib/invitations/revoke-live";
import type { Joiner } from "@/lib/auth/joiner";
import { hashPassword } from "@/lib/auth/password";
import type { MembershipStatus } from "@/lib/generated/prisma/enums";
import { isLocale, type AppLocale } from "@/lib/i18n/config";
import { jobQueue } from "@/lib/jobs/boss";
import { notify } from "@/lib/notifications/notify";
import { ROLE_PERMISSIONS, STAFF_ROLES } from "@/lib/tenancy/permissions";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { findActiveTenant } from "@/lib/tenancy/resolve";
import { sendWelcomeEmail } from "@/lib/templates/welcome";
import { joinProofToken, readJoinProof } from "./email-proof";
import { sendJoinNotice } from "./notify";
import { emitMemberJoined } from "@/lib/webhooks-out/domain-events";

/** Step 1 of registering without an invitation: mail a link that proves the address. */
export async function requestJoinLink(slug: string, email: string, locale: AppLocale): Promise<"sent" | "inviteOnly" | "notFound" | "domainNotAllowed"> {
  const tenant = await findActiveTenant(slug);
  if (!tenant) {
    return "notFound";
  }
  if (tenant.registrationRule === "INVITE_ONLY") {
    return "inviteOnly";
  }
  const address = email.trim().toLowerCase();
  if (!emailDomainAllowed(address, tenant.joinDomains)) {
    return "domainNotAllowed";
  }
  await sendJoinNotice("joinLink", address, {
    locale,
    company: tenantDisplayName(tenant, locale),
    tenantId: tenant.id,
    path: `/${tenant.slug}/join/confirm/${joinProofToken(tenant.id, address)}`,
  });
  return "sent";
}


export type SelfJoinOutcome =
  | { ok: true; status: MembershipStatus; userId: string; email: string }
  | { ok: false; problem: "proofInvalid" | "inviteOnly" | "emailTaken" | "differentEmail" | "alreadyMember" | "pendingAlready" | "rejectedBefore" };

/**
 * Step 2: the person, their address proven, joins. Under the roster-match rule a proven address that is on the
 * roster (and not yet joined) gets in at once, linked to its entry; everyone else waits for HR's approval.
 */
export async function selfJoin(slug: string, token: string, joiner: Joiner, note: string | null): Promise<SelfJoinOutcome> {
  const tenant = await findActiveTenant(slug);
  const email = tenant ? readJoinProof(tenant.id, token) : null;
  if (!tenant || !email) {
    return { ok: false, problem: "proofInvalid" };
  }
  if (tenant.registrationRule === "INVITE_ONLY") {
    return { ok: false, problem: "inviteOnly" };
  }
  if (!emailDomainAllowed(email, tenant.joinDomains)) {
    return { ok: false, problem: "proofInvalid" };
  }
  const passwordHash = "newAccount" in joiner ? await hashPassword(joiner.newAccount.password) : null;
  await jobQueue();
  const outcome = await db.$transaction(async (tx): Promise<SelfJoinOutcome> => {
    let userId: string;
    let displayName: string;
    if ("userId" in joiner) {
      const user = await tx.user.findUniqueOrThrow({ where: { id: joiner.userId }, select: { email: true, name: true } });
      if (user.email !== email) {
        return { ok: false as const, problem: "differentEmail" as const };
      }
      userId = joiner.userId;
      displayName = user.name ?? email;
    } else {
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
        return { ok: false as const, problem: "emailTaken" as const };
      }
      const user = await tx.user.create({
        data: { email, name: joiner.newAccount.name, passwordHash, locale: joiner.newAccount.locale, emailVerified: new Date() },
        select: { id: true },
      });
      userId = user.id;
      displayName = joiner.newAccount.name;
    }
    const existing = await tx.membership.findUnique({ where: { tenantId_userId: { tenantId: tenant.id, userId } }, select: { id: true, status: true } });
    // Someone who left may come back the way they first came; a request turned down, or a removal, is HR's to undo.
    if (existing && existing.status !== "LEFT") {
      const problem = existing.status === "PENDING" ? "pendingAlready" : existing.status === "REJECTED" || existing.status === "REMOVED" ? "rejectedBefore" : "alreadyMember";
      return { ok: false as const, problem };
    }
    const entry = await tx.rosterEntry.findFirst({ where: { tenantId: tenant.id, email, membershipId: null } });
    const admitted = tenant.registrationRule === "ROSTER_MATCH" && entry !== null;
    const fields = { role: "ALUMNI" as const, status: admitted ? ("ACTIVE" as const) : ("PENDING" as const), applicationNote: note, decisionNote: null, decidedAt: admitted ? new Date() : null };
    const membership = existing
      ? await tx.membership.update({ where: { id: existing.id }, data: fields, select: { id: true } })
      : await tx.membership.create({ data: { tenantId: tenant.id, userId, ...fields }, select: { id: true } });
    await tx.alumniProfile.create({
      data: {
        tenantId: tenant.id,
        membershipId: membership.id,
        displayName,
        ...(admitted && entry ? { nameKana: entry.nameKana, department: entry.department, joinedOn: entry.joinedOn, leftOn: entry.leftOn } : {}),
        lastActiveAt: new Date(),
      },
    });
    if (admitted && entry) {
      await tx.rosterEntry.update({ where: { id: entry.id, tenantId: tenant.id }, data: { membershipId: membership.id } });
      await revokeLiveInvitations(tx, tenant.id, [entry.id]);
    }
    await tx.consent.create({ data: { tenantId: tenant.id, membershipId: membership.id, version: tenant.termsVersion } });
    if (admitted) {
      await emitMemberJoined(tx, tenant.id, membership.id, "roster_match");
    }
    if (!admitted) {
      // A request waiting for HR: on the bell of every staff member who can decide it (decisions/024).
      const approvers = await tx.membership.findMany({
        where: { tenantId: tenant.id, status: "ACTIVE", role: { in: STAFF_ROLES.filter((r) => ROLE_PERMISSIONS[r].has("alumni.manage")) } },
        select: { id: true },
      });
      for (const approver of approvers) {
        await notify(tx, { tenantId: tenant.id, recipientId: approver.id, kind: "APPROVAL", actorId: membership.id, refId: membership.id, path: `/${tenant.slug}/admin/applicants`, excerpt: note });
      }
    }
    return { ok: true as const, status: admitted ? ("ACTIVE" as const) : ("PENDING" as const), userId, email };
  });
  if (outcome.ok && outcome.status === "ACTIVE") {
    await sendWelcomeEmail(tenant.id, outcome.userId);
  }
  return outcome;
}

export function localeOr(value: string | null | undefined, fallback: AppLocale): AppLocale {
  return isLocale(value) ? value : fallback;
}

/** With a list of domains set, only addresses at those domains (or their subdomains) may self-register. */
export function emailDomainAllowed(email: string, domains: readonly string[]): boolean {
  const domain = email.split("@")[1]?.toLowerCase() ?? "";
  return domains.length === 0 || domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}
