import "server-only";
import { db } from "@/lib/db";
import type { Side } from "./access";

// Unread is "written by the other side after I last read it". For a member that is the company's replies (never
// its notes) and the other alumnus's messages in a direct conversation; for staff, the alumnus's messages — the bell counts conversations, the list counts messages.

/** Unread replies across a member's conversations: the portal's bell. */
export async function unreadMessagesForMember(tenantId: string, membershipId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "ConversationMessage" m
    JOIN "ConversationParticipant" p ON p."tenantId" = m."tenantId" AND p."conversationId" = m."conversationId"
    WHERE m."tenantId" = ${tenantId} AND p."membershipId" = ${membershipId} AND p.side = 'MEMBER'
      AND m.internal = false AND m."authorId" <> ${membershipId} AND m."createdAt" > COALESCE(p."lastReadAt", '-infinity')`;
  return row?.n ?? 0;
}

/** Conversations still open or waiting, mine or nobody's, with alumnus messages I have not read: the admin bell. */
export async function unreadConversationsForStaff(tenantId: string, membershipId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Conversation" c
    LEFT JOIN "ConversationParticipant" p ON p."tenantId" = c."tenantId" AND p."conversationId" = c.id AND p."membershipId" = ${membershipId}
    WHERE c."tenantId" = ${tenantId} AND c.kind = 'COMPANY' AND c.status <> 'CLOSED'
      AND (c."assigneeId" = ${membershipId} OR c."assigneeId" IS NULL)
      AND EXISTS (SELECT 1 FROM "ConversationMessage" m WHERE m."tenantId" = c."tenantId" AND m."conversationId" = c.id
        AND m."fromStaff" = false AND m."createdAt" > COALESCE(p."lastReadAt", '-infinity'))`;
  return row?.n ?? 0;
}

/** Unread messages per conversation for the lists: id → count (absent: none). */
export async function unreadByConversation(tenantId: string, membershipId: string, side: Side, conversationIds: string[]): Promise<Map<string, number>> {
  if (!conversationIds.length) {
    return new Map();
  }
  // A member waits for the company's replies and, in a direct conversation, the other alumnus's messages (anyone's
  // but their own); staff wait for the alumnus's messages.
  const staffSide = side === "staff";
  const rows = await db.$queryRaw<{ id: string; n: number }[]>`
    SELECT m."conversationId" AS id, count(*)::int AS n FROM "ConversationMessage" m
    LEFT JOIN "ConversationParticipant" p ON p."tenantId" = m."tenantId" AND p."conversationId" = m."conversationId" AND p."membershipId" = ${membershipId}
    WHERE m."tenantId" = ${tenantId} AND m."conversationId" = ANY(${conversationIds}) AND m."authorId" <> ${membershipId}
      AND m.internal = false AND (${!staffSide} OR m."fromStaff" = false) AND m."createdAt" > COALESCE(p."lastReadAt", '-infinity')
    GROUP BY m."conversationId"`;
  return new Map(rows.map((r) => [r.id, r.n]));
}
