import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { readableConversationsWhere } from "./access";
import { displayNames } from "./people";
import type { InboxFilter } from "./schema";
import { unreadByConversation } from "./unread";

const listSelect = {
  id: true, kind: true, topic: true, subject: true, status: true, assigneeId: true, lastMessageAt: true, createdAt: true,
  member: { select: { user: { select: { name: true, email: true } }, profile: { select: { displayName: true } } } },
} as const;

/**
 * The member's own conversations, latest first, with their unread messages: those with the company and their
 * direct ones with other alumni (`peerName`: the other person, null for the company).
 */
export async function listMyConversations(context: TenantContext) {
  const where = readableConversationsWhere(context, "member")!;
  const rows = await db.conversation.findMany({
    where, orderBy: { lastMessageAt: "desc" }, take: 200,
    select: { ...listSelect, participants: { where: { side: "MEMBER", NOT: { membershipId: context.membership.id } }, select: { membershipId: true } } },
  });
  const [unread, peers] = await Promise.all([
    unreadByConversation(context.tenant.id, context.membership.id, "member", rows.map((r) => r.id)),
    displayNames(context.tenant.id, rows.filter((r) => r.kind === "DIRECT").flatMap((r) => r.participants.map((p) => p.membershipId))),
  ]);
  return rows.map(({ member: _member, assigneeId: _assignee, participants, ...r }) => ({
    ...r,
    peerName: r.kind === "DIRECT" ? (peers.get(participants[0]?.membershipId ?? "") ?? "—") : null,
    unread: unread.get(r.id) ?? 0,
  }));
}

/** The shared inbox, filtered: newest activity first, with who it is from, its assignee and unread messages. */
export async function listInbox(context: TenantContext, filter: InboxFilter) {
  const base = readableConversationsWhere(context, "staff");
  if (!base) {
    return [];
  }
  const where: Prisma.ConversationWhereInput = {
    ...base,
    ...(filter.status !== "ALL" ? { status: filter.status } : {}),
    ...(filter.topic !== "ALL" ? { topic: filter.topic } : {}),
    ...(filter.assignee === "me" ? { assigneeId: context.membership.id } : filter.assignee === "unassigned" ? { assigneeId: null } : {}),
  };
  const rows = await db.conversation.findMany({ where, orderBy: { lastMessageAt: "desc" }, take: 200, select: listSelect });
  const [unread, assignees] = await Promise.all([
    unreadByConversation(context.tenant.id, context.membership.id, "staff", rows.map((r) => r.id)),
    displayNames(context.tenant.id, rows.map((r) => r.assigneeId).filter((id): id is string => !!id)),
  ]);
  return rows.map(({ member, ...r }) => ({
    ...r,
    memberName: member.profile?.displayName ?? member.user.name ?? member.user.email,
    assigneeName: r.assigneeId ? (assignees.get(r.assigneeId) ?? null) : null,
    unread: unread.get(r.id) ?? 0,
  }));
}
