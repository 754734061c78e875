import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { markNotificationsReadFor } from "@/lib/notifications/read";
import { readableConversationsWhere, visibleMessagesWhere, type Side } from "./access";
import { displayNames } from "./people";
import type { ThreadMessage } from "./thread-message";


const conversationSelect = {
  id: true, kind: true, topic: true, subject: true, status: true, assigneeId: true, memberId: true, createdAt: true, lastMessageAt: true,
  member: { select: { id: true, user: { select: { name: true, email: true } }, profile: { select: { displayName: true, department: true, leftOn: true } } } },
} as const;

/** One conversation with the messages its side may see, oldest first; reading it marks it read. Null: not theirs. */
export async function openConversation(context: TenantContext, side: Side, conversationId: string) {
  const where = readableConversationsWhere(context, side);
  const conversation = where ? await db.conversation.findFirst({ where: { ...where, id: conversationId }, select: conversationSelect }) : null;
  if (!conversation) {
    return null;
  }
  const messages = await messagesOf(context, side, conversationId, null);
  await markRead(context, side, conversationId);
  const { member, ...rest } = conversation;
  return {
    conversation: { ...rest, memberName: member.profile?.displayName ?? member.user.name ?? member.user.email, memberEmail: member.user.email, memberDepartment: member.profile?.department ?? null },
    messages,
  };
}

/** Where a thread's reader is: the last message they have, in the thread's order (time, then id). */
export type ThreadCursor = { at: Date; id: string };

/**
 * What the open page polls for: the messages after the cursor and the status. Marks the conversation read when
 * there are new ones, since the person is looking at it. Null: not a conversation of this caller.
 */
export async function messagesSince(context: TenantContext, side: Side, conversationId: string, after: ThreadCursor) {
  const where = readableConversationsWhere(context, side);
  const conversation = where ? await db.conversation.findFirst({ where: { ...where, id: conversationId }, select: { status: true, assigneeId: true } }) : null;
  if (!conversation) {
    return null;
  }
  const messages = await messagesOf(context, side, conversationId, after);
  if (messages.length) {
    await markRead(context, side, conversationId);
  }
  return { status: conversation.status, messages };
}

async function messagesOf(context: TenantContext, side: Side, conversationId: string, after: ThreadCursor | null): Promise<ThreadMessage[]> {
  const tenantId = context.tenant.id;
  const rows = await db.conversationMessage.findMany({
    where: { tenantId, conversationId, ...visibleMessagesWhere(side), ...(after ? { OR: [{ createdAt: { gt: after.at } }, { createdAt: after.at, id: { gt: after.id } }] } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, body: true, fromStaff: true, internal: true, authorId: true, createdAt: true },
  });
  const names = await displayNames(tenantId, rows.map((r) => r.authorId));
  return rows.map((r) => ({
    id: r.id, body: r.body, fromStaff: r.fromStaff, internal: r.internal, mine: r.authorId === context.membership.id,
    author: names.get(r.authorId) ?? "—", createdAt: r.createdAt.toISOString(),
  }));
}

/**
 * The caller has read the conversation up to now (staff get their own read state on first opening), and with it
 * their notifications about it.
 */
export async function markRead(context: TenantContext, side: Side, conversationId: string): Promise<void> {
  const tenantId = context.tenant.id;
  const membershipId = context.membership.id;
  const now = new Date();
  await markNotificationsReadFor(tenantId, membershipId, conversationId);
  if (side === "member") {
    // Never creates a member's place: that is what lets them read it.
    await db.conversationParticipant.updateMany({ where: { tenantId, conversationId, membershipId }, data: { lastReadAt: now } });
    return;
  }
  await db.conversationParticipant.upsert({
    where: { tenantId_conversationId_membershipId: { tenantId, conversationId, membershipId } },
    create: { tenantId, conversationId, membershipId, side: "STAFF", lastReadAt: now },
    update: { lastReadAt: now },
  });
}
