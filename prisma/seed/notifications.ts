import type { Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;
const HOUR = 3_600_000;

const cut = (text: string | null) => (text && text.length > 280 ? `${text.slice(0, 279)}…` : text);

/**
 * The demo's bells (decisions/024), derived from what the seed already holds so they agree with it: each company
 * reply an alumnus got (Hanako's newest is unread), each alumnus message to the assignee of its conversation, the
 * last direct message of each thread (Emily's to Hanako is unread), the newest comment on each feed post, and the
 * join request waiting for approval on every staff member's bell.
 */
export async function seedNotifications(tx: Tx, tenantId: string, slug: string): Promise<void> {
  const conversations = await tx.conversation.findMany({
    where: { tenantId },
    select: {
      id: true, kind: true, memberId: true, assigneeId: true,
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
    if (c.kind === "DIRECT") {
      // Between two alumni: the last message on the other person's bell, read if they have opened the thread since.
      const last = c.messages.at(-1);
      const other = last && c.participants.find((p) => p.membershipId !== last.authorId)?.membershipId;
      if (last && other) {
        const read = readAt(other, last.createdAt);
        rows.push({
          tenantId, recipientId: other, kind: "DIRECT_MESSAGE", actorId: last.authorId, refId: c.id, path: `/${slug}/messages/${c.id}`,
          excerpt: cut(last.body), readAt: read, openKey: read ? null : `DIRECT_MESSAGE:${c.id}`, emailedAt: last.createdAt, createdAt: last.createdAt, updatedAt: last.createdAt,
        });
      }
      continue;
    }
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
  // Comments on the feed's posts, on their authors' bells (the newest per post, read: the demo's staff keep up).
  const posts = await tx.feedPost.findMany({ where: { tenantId }, select: { id: true, authorId: true, comments: { orderBy: { createdAt: "desc" }, take: 1, select: { authorId: true, body: true, createdAt: true } } } });
  for (const post of posts) {
    const comment = post.comments[0];
    if (comment && comment.authorId !== post.authorId) {
      rows.push({
        tenantId, recipientId: post.authorId, kind: "COMMENT", actorId: comment.authorId, refId: post.id, path: `/${slug}/feed#post-${post.id}`,
        excerpt: cut(comment.body), readAt: new Date(comment.createdAt.getTime() + HOUR), emailedAt: comment.createdAt, createdAt: comment.createdAt, updatedAt: comment.createdAt,
      });
    }
  }
  await tx.notification.createMany({ data: rows });
}
