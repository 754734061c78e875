"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { createCannedReply, deleteCannedReply } from "@/lib/inbox/canned-replies";
import { sendMessage } from "@/lib/inbox/conversations";
import { assignConversation, setConversationStatus } from "@/lib/inbox/manage";
import { assignSchema, cannedReplyIdSchema, cannedReplySchema, replySchema, statusSchema } from "@/lib/inbox/schema";
import { SEND_LIMIT, SEND_WINDOW_MINUTES } from "@/lib/inbox/send-limit";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { tenantAction } from "./clients";

function revalidateConversation(context: TenantContext, conversationId: string) {
  revalidatePath(`/${context.tenant.slug}/admin/inbox`);
  revalidatePath(`/${context.tenant.slug}/admin/inbox/${conversationId}`);
  revalidatePath(`/${context.tenant.slug}/messages/${conversationId}`);
}

/** Staff reply to the alumnus, or leave a note for colleagues (`internal`), which the alumnus never sees. */
export const staffReplyAction = tenantAction("inbox.manage", replySchema, async ({ conversationId, body, internal }, context) => {
  const sent = await sendMessage(context, "staff", conversationId, body, internal);
  if (!sent) {
    notFound();
  }
  const t = await getTranslations("inbox");
  if (!sent.ok) {
    return { ok: false, error: t("rateLimited", { count: SEND_LIMIT.staff, minutes: SEND_WINDOW_MINUTES }) };
  }
  revalidateConversation(context, conversationId);
  return { ok: true, data: sent.id, message: t(internal ? "admin.noteSaved" : "admin.replySent") };
});

/** Gives the conversation to a colleague, or to nobody. */
export const assignConversationAction = tenantAction("inbox.manage", assignSchema, async ({ conversationId, assigneeId }, context) => {
  const assigned = await assignConversation(context, conversationId, assigneeId);
  if (assigned === null) {
    notFound();
  }
  const t = await getTranslations("inbox.admin");
  if (!assigned) {
    return { ok: false, fieldErrors: { assigneeId: t("notStaff") } };
  }
  revalidateConversation(context, conversationId);
  return { ok: true, data: undefined, message: t("assigned") };
});

export const setConversationStatusAction = tenantAction("inbox.manage", statusSchema, async ({ conversationId, status }, context) => {
  if (!(await setConversationStatus(context, conversationId, status))) {
    notFound();
  }
  revalidateConversation(context, conversationId);
  return { ok: true, data: undefined, message: (await getTranslations("inbox.admin"))("statusSet") };
});

export const createCannedReplyAction = tenantAction("inbox.manage", cannedReplySchema, async (reply, context) => {
  const id = await createCannedReply(context, reply);
  revalidatePath(`/${context.tenant.slug}/admin/inbox/canned`);
  return { ok: true, data: id, message: (await getTranslations("inbox.canned"))("created") };
});

export const deleteCannedReplyAction = tenantAction("inbox.manage", cannedReplyIdSchema, async ({ cannedReplyId }, context) => {
  if (!(await deleteCannedReply(context, cannedReplyId))) {
    notFound();
  }
  revalidatePath(`/${context.tenant.slug}/admin/inbox/canned`);
  return { ok: true, data: undefined, message: (await getTranslations("inbox.canned"))("deleted") };
});
