import { randomBytes } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import { atLocalHour, localToday } from "../../lib/time/zoned";
import { createRandom } from "./random";

type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;

/**
 * The state a company is in some months into its program: invitation waves sent (some still open, some expired),
 * three people still employed with invitations scheduled for their last day, a member suspended by HR
 * — each with its line in the audit log.
 */
export async function seedOnboardingHistory(tx: Tx, tenant: { id: string; slug: string; timezone: string }, staffUserId: string, seed: number) {
  const random = createRandom(seed);
  const now = Date.now();
  const nonce = () => randomBytes(16).toString("base64url");
  const audit: Prisma.AuditEventCreateManyInput[] = [];

  const waiting = await tx.rosterEntry.findMany({ where: { tenantId: tenant.id, membershipId: null, email: { not: null } }, orderBy: { employeeNumber: "asc" } });
  const invitations: Prisma.InvitationCreateManyInput[] = [];
  waiting.forEach((entry, i) => {
    if (i % 5 === 4) {
      return; // Some were never invited.
    }
    const sentAt = new Date(now - random.int(1, 40) * DAY);
    invitations.push({
      tenantId: tenant.id, rosterEntryId: entry.id, email: entry.email!, nonce: nonce(), createdById: staffUserId,
      status: "SENT", sentAt, createdAt: sentAt, expiresAt: new Date(sentAt.getTime() + 14 * DAY),
      // About half opened the link (and have not registered yet).
      openedAt: i % 2 ? new Date(Math.min(now, sentAt.getTime() + random.int(1, 72) * 3_600_000)) : null,
    });
    audit.push({ tenantId: tenant.id, actorUserId: staffUserId, action: "invitation.create", targetRosterId: entry.id, createdAt: sentAt });
  });

  // Most of those who joined came in through an invitation: the funnel's last step.
  const joined = await tx.rosterEntry.findMany({
    where: { tenantId: tenant.id, membershipId: { not: null }, email: { not: null } },
    orderBy: { employeeNumber: "asc" },
    select: { id: true, email: true, membershipId: true },
  });
  const joinedAt = new Map(
    (await tx.membership.findMany({ where: { tenantId: tenant.id, id: { in: joined.map((e) => e.membershipId!) } }, select: { id: true, createdAt: true } })).map((m) => [m.id, m.createdAt]),
  );
  joined.forEach((entry, i) => {
    const acceptedAt = joinedAt.get(entry.membershipId!);
    if (i % 10 >= 7 || !acceptedAt) {
      return; // Others signed up themselves, or came through the join link.
    }
    const sentAt = new Date(acceptedAt.getTime() - random.int(1, 6) * DAY);
    invitations.push({
      tenantId: tenant.id, rosterEntryId: entry.id, email: entry.email!, nonce: nonce(), createdById: staffUserId,
      status: "ACCEPTED", sentAt, createdAt: sentAt, expiresAt: new Date(sentAt.getTime() + 14 * DAY),
      openedAt: new Date(acceptedAt.getTime() - 60_000), acceptedAt,
    });
  });

  // People still employed: their invitation goes out on their last day.
  const today = localToday(tenant.timezone);
  const leavers = [
    { name: "森 翔太", nameKana: "もり しょうた", department: "開発本部", inDays: 9 },
    { name: "石川 彩", nameKana: "いしかわ あや", department: "営業部", inDays: 23 },
    { name: "Daniel Brooks", nameKana: null, department: "海外事業部", inDays: 38 },
  ];
  for (const [i, l] of leavers.entries()) {
    const leftOn = new Date(today.getTime() + l.inDays * DAY);
    const entry = await tx.rosterEntry.create({
      data: {
        tenantId: tenant.id, employeeNumber: `${tenant.slug.toUpperCase()}-L${i + 1}`, email: `leaver${i + 1}@${tenant.slug}.kizuna.test`,
        name: l.name, nameKana: l.nameKana, department: l.department, joinedOn: new Date(Date.UTC(2018 + i, 3, 1)), leftOn,
      },
    });
    const scheduledFor = atLocalHour(leftOn, 17, tenant.timezone);
    invitations.push({
      tenantId: tenant.id, rosterEntryId: entry.id, email: entry.email!, nonce: nonce(), createdById: staffUserId,
      status: "PENDING", scheduledFor, expiresAt: new Date(scheduledFor.getTime() + 14 * DAY),
    });
    audit.push({ tenantId: tenant.id, actorUserId: staffUserId, action: "invitation.schedule", targetRosterId: entry.id, details: { scheduledFor: scheduledFor.toISOString() } });
  }
  await tx.invitation.createMany({ data: invitations });

  // One member HR suspended, with the reason kept in the log.
  const member = await tx.membership.findFirst({
    where: { tenantId: tenant.id, role: "ALUMNI", user: { email: { endsWith: ".example" } } },
    orderBy: { createdAt: "desc" },
  });
  if (member) {
    await tx.membership.update({ where: { id: member.id }, data: { status: "SUSPENDED" } });
    audit.push({
      tenantId: tenant.id, actorUserId: staffUserId, action: "member.suspend", targetMembershipId: member.id,
      details: { from: "ACTIVE", to: "SUSPENDED", reason: "本人から一時停止の依頼" }, createdAt: new Date(now - 3 * DAY),
    });
  }
  await tx.auditEvent.createMany({ data: audit });
}
