import type { Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;

/**
 * The demo company's email state: Emily has turned off event mail, and one former employee's invitation bounced,
 * so HR sees a "bounced" roster entry with its reason and can fix the address and resend.
 */
export async function seedEmailDemo(tx: Tx, tenantId: string): Promise<void> {
  const emily = await tx.membership.findFirstOrThrow({ where: { tenantId, user: { email: "emily@demo.kizuna.test" } }, select: { id: true } });
  await tx.emailPreference.create({ data: { tenantId, membershipId: emily.id, category: "events", enabled: false } });

  const hr = await tx.membership.findFirstOrThrow({ where: { tenantId, role: "HR" }, select: { userId: true } });
  const entry = await tx.rosterEntry.findFirstOrThrow({
    // Someone who has left (people still employed have invitations scheduled for their last day instead).
    where: { tenantId, membershipId: null, email: { not: null }, leftOn: { lt: new Date() } },
    orderBy: { employeeNumber: "asc" },
    select: { id: true, email: true },
  });
  const sentAt = new Date(Date.now() - 2 * DAY);
  await tx.invitation.create({
    data: {
      tenantId,
      rosterEntryId: entry.id,
      email: entry.email!,
      nonce: "seed-bounced",
      status: "BOUNCED",
      expiresAt: new Date(sentAt.getTime() + 14 * DAY),
      sentAt,
      emailId: "seed-bounced-invitation",
      bouncedAt: new Date(sentAt.getTime() + 60_000),
      bounceReason: "Permanent/General: 550 5.1.1 The email account that you tried to reach does not exist",
      createdById: hr.userId,
    },
  });
  await tx.emailSuppression.create({ data: { email: entry.email!, reason: "BOUNCED", detail: "550 5.1.1 The email account that you tried to reach does not exist" } });
}
