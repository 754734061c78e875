import "server-only";
import { db } from "@/lib/db";
import { suppressionOf } from "@/lib/email/suppressions";

// The photo as we keep it (the resized copy; the original upload is never stored), readable in a JSON file.
function withPhotoAsDataUrl<P extends { avatar: { large: Uint8Array; updatedAt: Date } | null }>(profile: P) {
  const { avatar, ...rest } = profile;
  const photo = avatar ? { updatedAt: avatar.updatedAt, dataUrl: `data:image/webp;base64,${Buffer.from(avatar.large).toString("base64")}` } : null;
  return { ...rest, photo };
}

/**
 * Everything Kizuna holds about a person, across every company (APPI / GDPR access): the account, each
 * membership with its profile, application and HR's decision, consents and email preferences, what the companies' rosters say about them,
 * invitations and emails, a pending change of address, whether their address is on the no-mail list, and what
 * company staff did about their membership and roster entries (the audit log's entries about them, without the staff member).
 */
export async function exportMyData(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true, email: true, name: true, locale: true, emailVerified: true, createdAt: true, updatedAt: true,
      passwordHash: true,
      accounts: { select: { provider: true, type: true, createdAt: true } },
      memberships: {
        select: {
          id: true, role: true, status: true, createdAt: true, applicationNote: true, decisionNote: true, decidedAt: true,
          tenant: { select: { slug: true, name: true } },
          profile: { omit: { tenantId: true, membershipId: true }, include: { avatar: { select: { large: true, updatedAt: true } } } },
          emailPrefs: { select: { category: true, enabled: true, updatedAt: true } },
          eventRegistrations: {
            orderBy: { respondedAt: "asc" },
            select: { status: true, guests: true, answers: true, respondedAt: true, attendedAt: true, event: { select: { title: true, startsAt: true, questions: true } } },
          },
          // What they told the company about coming back or working with it, and the people they referred (issue #8).
          interests: { orderBy: { createdAt: "asc" }, select: { kind: true, note: true, stage: true, sharedStatus: true, hiredAt: true, withdrawnAt: true, createdAt: true, posting: { select: { title: true } } } },
          referralsMade: { orderBy: { createdAt: "asc" }, select: { name: true, email: true, note: true, status: true, createdAt: true, posting: { select: { title: true } } } },
          // Their conversations with the company as they see them: staff's internal notes are not theirs (issue #6).
          conversations: {
            where: { kind: "COMPANY" },
            orderBy: { createdAt: "asc" },
            select: { subject: true, topic: true, status: true, createdAt: true, messages: { where: { internal: false }, orderBy: { createdAt: "asc" }, select: { body: true, fromStaff: true, createdAt: true } } },
          },
          // Their direct conversations with other alumni, whoever started them (decisions/022).
          conversationSeats: {
            where: { side: "MEMBER", conversation: { kind: "DIRECT" } },
            orderBy: { createdAt: "asc" },
            select: { conversation: { select: { createdAt: true, messages: { orderBy: { createdAt: "asc" }, select: { authorId: true, body: true, createdAt: true } } } } },
          },
          // What they wrote, reacted and reported in the company feed (decisions/023).
          feedPosts: { orderBy: { createdAt: "asc" }, select: { body: true, createdAt: true, editedAt: true, hiddenAt: true } },
          feedComments: { orderBy: { createdAt: "asc" }, select: { body: true, createdAt: true } },
          feedReactions: { orderBy: { createdAt: "asc" }, select: { kind: true, createdAt: true } },
          feedReports: { orderBy: { createdAt: "asc" }, select: { reason: true, status: true, createdAt: true } },
        },
      },
    },
  });
  const membershipIds = user.memberships.map((m) => m.id);
  // The company's roster entries about the person: linked to a membership, or carrying their address.
  const rosterEntries = await db.rosterEntry.findMany({
    where: { OR: [{ membershipId: { in: membershipIds } }, { email: user.email }] },
    select: { id: true, employeeNumber: true, email: true, name: true, nameKana: true, department: true, joinedOn: true, leftOn: true, tags: true, tenant: { select: { name: true } } },
  });
  const rosterIds = rosterEntries.map((r) => r.id);
  const [consents, invitations, emails, adminActions, emailChanges, suppression, activeDays] = await Promise.all([
    db.consent.findMany({ where: { membershipId: { in: membershipIds } }, select: { membershipId: true, version: true, acceptedAt: true } }),
    db.invitation.findMany({
      where: { OR: [{ email: user.email }, { rosterEntryId: { in: rosterIds } }] },
      select: {
        email: true, status: true, scheduledFor: true, sentAt: true, openedAt: true, expiresAt: true, acceptedAt: true, revokedAt: true, bouncedAt: true, bounceReason: true,
        tenant: { select: { name: true } },
      },
    }),
    db.outboxEmail.findMany({ where: { to: user.email }, select: { subject: true, createdAt: true, tag: true } }),
    db.auditEvent.findMany({
      where: { OR: [{ targetMembershipId: { in: membershipIds } }, { targetRosterId: { in: rosterIds } }] },
      select: { action: true, details: true, createdAt: true, tenant: { select: { name: true } } },
    }),
    // The link's secret hash stays out: it is a credential, not information about the person.
    db.emailChange.findMany({ where: { userId }, select: { newEmail: true, createdAt: true, expiresAt: true, usedAt: true } }),
    suppressionOf(user.email),
    db.memberActivity.findMany({ where: { membershipId: { in: membershipIds } }, orderBy: { day: "asc" }, select: { membershipId: true, day: true } }),
  ]);
  const { passwordHash, ...account } = user;
  const memberships = account.memberships.map((m) => ({ ...m, profile: m.profile && withPhotoAsDataUrl(m.profile) }));
  return {
    exportedAt: new Date().toISOString(),
    account: { ...account, memberships, hasPassword: passwordHash !== null },
    consents,
    rosterEntries: rosterEntries.map(({ id: _id, ...entry }) => entry),
    invitations,
    emails,
    adminActions,
    emailChanges,
    emailSuppression: suppression,
    // The days you used each network's portal (what active-member figures are counted from).
    activeDays,
  };
}
