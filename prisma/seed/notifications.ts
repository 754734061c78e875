import type { Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;
const HOUR = 3_600_000;

const cut = (text: string | null) => (text && text.length > 280 ? `${text.slice(0, 279)}…` : text);

/**
 * The demo's bells (decisions/024), derived from what the seed already holds so they agree with it: each company
 * reply an alumnus got (Hanako's newest is unread), each alumnus message to the assignee of its conversation, and
 * the join request waiting for approval on every staff member's bell.
 */
export async function seedNotifications(tx: Tx, tenantId: string, slug: string): Promise<void> {
  const conversations = await tx.conversation.findMany({
    where: { tenantId },
    select: {
      id: true, memberId: true, assigneeId: true,
      participants: { select: { membershipId: true, lastReadAt: true } },
      messages: { where: { internal: false }, orderBy: { createdAt: "asc" }, select: { authorId: true, fromStaff: true, body: true, createdAt: true } },
    },
  });
  const rows: Prisma.NotificationCreateManyInput[] = [];
  for (const c of conversations) {
    const readAt = (membershipId: string, at: Date) => {
      const seen = c.participants.find((p) => p.membershipId === membershipId)?.lastReadAt;
      return seen && seen >= at ? new Date(at.getTime() + HOUR) : null;
    };
    const reply = c.messages.filter((m) => m.fromStaff).at(-1);
    if (reply) {
      const read = readAt(c.memberId, reply.createdAt);
      rows.push({
        tenantId, recipientId: c.memberId, kind: "COMPANY_REPLY", actorId: reply.authorId, refId: c.id, path: `/${slug}/messages/${c.id}`,
        excerpt: cut(reply.body), readAt: read, openKey: read ? null : `COMPANY_REPLY:${c.id}`, emailedAt: reply.createdAt, createdAt: reply.createdAt, updatedAt: reply.createdAt,
      });
    }
    const asked = c.messages.filter((m) => !m.fromStaff).at(-1);
    if (c.assigneeId && asked && (!reply || asked.createdAt > reply.createdAt)) {
      const read = readAt(c.assigneeId, asked.createdAt);
      rows.push({
        tenantId, recipientId: c.assigneeId, kind: "INBOX_MESSAGE", actorId: asked.authorId, refId: c.id, path: `/${slug}/admin/inbox/${c.id}`,
        excerpt: cut(asked.body), readAt: read, openKey: read ? null : `INBOX_MESSAGE:${c.id}`, emailedAt: asked.createdAt, createdAt: asked.createdAt, updatedAt: asked.createdAt,
      });
    }
  }
  const [waiting, staff] = await Promise.all([
    tx.membership.findMany({ where: { tenantId, status: "PENDING" }, select: { id: true, applicationNote: true, createdAt: true } }),
    tx.membership.findMany({ where: { tenantId, status: "ACTIVE", role: { in: ["OWNER", "ADMIN", "HR"] } }, select: { id: true } }),
  ]);
  for (const applicant of waiting) {
    for (const s of staff) {
      rows.push({
        tenantId, recipientId: s.id, kind: "APPROVAL", actorId: applicant.id, refId: applicant.id, path: `/${slug}/admin/applicants`,
        excerpt: cut(applicant.applicationNote), openKey: `APPROVAL:${applicant.id}`, createdAt: applicant.createdAt, updatedAt: applicant.createdAt, emailedAt: applicant.createdAt,
      });
    }
  }
  await tx.notification.createMany({ data: rows });
}
