import "server-only";
import { db } from "@/lib/db";
import { jobQueue } from "@/lib/jobs/boss";
import { notify } from "@/lib/notifications/notify";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { readableConversationsWhere, type Side } from "./access";
import { directRefusal, type DirectRefusal } from "./direct";
import type { StartConversation } from "./schema";
import { withinSendLimit } from "./send-limit";

type Sent = { ok: true; id: string } | { ok: false; reason: DirectRefusal };

/**
 * An alumnus writes to the company: the conversation, their place in it and the first message in one
 * transaction. Nobody is notified: there is no assignee until staff assign it, and the shared inbox shows it.
 */
export async function startConversation(context: TenantContext, input: StartConversation): Promise<Sent> {
  const tenantId = context.tenant.id;
  const memberId = context.membership.id;
  return db.$transaction(async (tx) => {
    if (!(await withinSendLimit(tx, tenantId, memberId, "member"))) {
      return { ok: false, reason: "rate" };
    }
    const now = new Date();
    const conversation = await tx.conversation.create({
      data: { tenantId, kind: "COMPANY", topic: input.topic, subject: input.subject, memberId, lastMessageAt: now },
      select: { id: true },
    });
    await tx.conversationParticipant.create({ data: { tenantId, conversationId: conversation.id, membershipId: memberId, side: "MEMBER", lastReadAt: now } });
    await tx.conversationMessage.create({
      data: { tenantId, conversationId: conversation.id, authorId: memberId, fromStaff: false, body: input.body, createdAt: now },
      select: { id: true },
    });
    return { ok: true, id: conversation.id };
  });
}

/**
 * A message in a conversation the caller may read from `side`. A member's message reopens the conversation;
 * staff's reply marks it waiting for the alumnus; a staff note (internal) changes nothing the alumnus can see and
 * notifies nobody. Staff's reply notifies the alumnus (COMPANY_REPLY), the alumnus's message the assignee
 * (INBOX_MESSAGE; nobody while unassigned), in the same transaction (decisions/024). Null: no such conversation
 * for this caller (another alumnus's, another company's).
 */
export async function sendMessage(context: TenantContext, side: Side, conversationId: string, body: string, internal: boolean): Promise<Sent | null> {
  const where = readableConversationsWhere(context, side);
  if (!where) {
    return null;
  }
  const tenantId = context.tenant.id;
  const authorId = context.membership.id;
  const note = side === "staff" && internal;
  await jobQueue();
  return db.$transaction(async (tx) => {
    const conversation = await tx.conversation.findFirst({
      where: { ...where, id: conversationId },
      select: { id: true, status: true, kind: true, memberId: true, assigneeId: true, participants: { where: { side: "MEMBER", NOT: { membershipId: authorId } }, select: { membershipId: true } } },
    });
    if (!conversation) {
      return null;
    }
    // Between two alumni (decisions/022): the company's setting, a block either way, or the other person gone stop it.
    const direct = conversation.kind === "DIRECT";
    if (direct) {
      const refusal = await directRefusal(tx, context, conversation.participants[0]?.membershipId ?? "");
      if (refusal) {
        return { ok: false, reason: refusal };
      }
    }
    if (!(await withinSendLimit(tx, tenantId, authorId, side))) {
      return { ok: false, reason: "rate" };
    }
    const now = new Date();
    const message = await tx.conversationMessage.create({
      data: { tenantId, conversationId, authorId, fromStaff: side === "staff", body, internal: note, createdAt: now },
      select: { id: true },
    });
    // A note moves neither the status nor the time the alumnus sees the conversation last changed.
    if (!note) {
      await tx.conversation.update({ where: { tenantId_id: { tenantId, id: conversationId } }, data: { lastMessageAt: now, status: side === "staff" ? "WAITING" : "OPEN" } });
    }
    // Writing is reading: one's own message never counts as unread.
    await tx.conversationParticipant.upsert({
      where: { tenantId_conversationId_membershipId: { tenantId, conversationId, membershipId: authorId } },
      create: { tenantId, conversationId, membershipId: authorId, side: side === "staff" ? "STAFF" : "MEMBER", lastReadAt: now },
      update: { lastReadAt: now },
    });
    const slug = context.tenant.slug;
    const path = `/${slug}/messages/${conversationId}`;
    if (direct) {
      const other = conversation.participants[0]?.membershipId;
      if (other) {
        await notify(tx, { tenantId, recipientId: other, kind: "DIRECT_MESSAGE", actorId: authorId, refId: conversationId, path, excerpt: body });
      }
    } else if (side === "staff" && !note) {
      await notify(tx, { tenantId, recipientId: conversation.memberId, kind: "COMPANY_REPLY", actorId: authorId, refId: conversationId, path, excerpt: body });
    } else if (side === "member" && conversation.assigneeId) {
      await notify(tx, { tenantId, recipientId: conversation.assigneeId, kind: "INBOX_MESSAGE", actorId: authorId, refId: conversationId, path: `/${slug}/admin/inbox/${conversationId}`, excerpt: body });
    }
    return { ok: true, id: message.id };
  });
}
