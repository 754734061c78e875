import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { readableConversationsWhere } from "./access";
import { isInboxStaff } from "./people";
import type { ConversationStatusName } from "./schema";

// Staff's handling of a conversation. Every function finds the conversation through the staff side first, so an
// id of another company (or a caller without inbox.manage) finds nothing: null, a 404 for the caller.

/** Gives a conversation to a colleague (or nobody). Null: no such conversation; false: not staff of this company. */
export async function assignConversation(context: TenantContext, conversationId: string, assigneeId: string | null): Promise<boolean | null> {
  const where = readableConversationsWhere(context, "staff");
  if (!where || !(await db.conversation.count({ where: { ...where, id: conversationId } }))) {
    return null;
  }
  if (assigneeId && !(await isInboxStaff(context.tenant.id, assigneeId))) {
    return false;
  }
  const updated = await db.conversation.updateMany({ where: { ...where, id: conversationId }, data: { assigneeId } });
  return updated.count ? true : null;
}

/** Open, waiting for the alumnus, or closed. Null: no such conversation. */
export async function setConversationStatus(context: TenantContext, conversationId: string, status: ConversationStatusName): Promise<boolean | null> {
  const where = readableConversationsWhere(context, "staff");
  if (!where) {
    return null;
  }
  const updated = await db.conversation.updateMany({ where: { ...where, id: conversationId }, data: { status } });
  return updated.count ? true : null;
}
