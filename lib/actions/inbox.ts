"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { sendMessage, startConversation } from "@/lib/inbox/conversations";
import { refusalText } from "@/lib/inbox/refusal";
import { replySchema, startConversationSchema } from "@/lib/inbox/schema";
import { SEND_LIMIT, SEND_WINDOW_MINUTES } from "@/lib/inbox/send-limit";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { tenantAction } from "./clients";

function revalidateInbox(context: TenantContext, conversationId: string) {
  revalidatePath(`/${context.tenant.slug}/messages`);
  revalidatePath(`/${context.tenant.slug}/messages/${conversationId}`);
  revalidatePath(`/${context.tenant.slug}/admin/inbox`);
}

async function rateError(side: "member" | "staff") {
  return (await getTranslations("inbox"))("rateLimited", { count: SEND_LIMIT[side], minutes: SEND_WINDOW_MINUTES });
}

/** An alumnus writes to the company; the form opens the new conversation with the returned id. */
export const startConversationAction = tenantAction("portal.view", startConversationSchema, async (input, context) => {
  const started = await startConversation(context, input);
  if (!started.ok) {
    return { ok: false, error: await rateError("member") };
  }
  revalidateInbox(context, started.id);
  return { ok: true, data: started.id, message: (await getTranslations("inbox"))("started") };
});

/**
 * The alumnus replies in their own conversation (a note flag from a member is ignored): with the company, or
 * with another alumnus, where the company's setting and blocks may refuse it (decisions/022).
 */
export const replyAction = tenantAction("portal.view", replySchema, async ({ conversationId, body }, context) => {
  const sent = await sendMessage(context, "member", conversationId, body, false);
  if (!sent) {
    notFound();
  }
  if (!sent.ok) {
    return { ok: false, error: await refusalText(sent.reason), values: { body } };
  }
  revalidateInbox(context, conversationId);
  return { ok: true, data: sent.id };
});
