"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { blockMember, directRecipient, setDirectMessages, unblockMember, writeDirect } from "@/lib/inbox/direct";
import { refusalText } from "@/lib/inbox/refusal";
import { dismissReport, reportMessage, suspendReported } from "@/lib/inbox/reports";
import { blockSchema, directSettingSchema, reportIdSchema, reportSchema, startDirectSchema } from "@/lib/inbox/schema";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { tenantAction } from "./clients";

// Direct messages between alumni (decisions/022): writing, blocking, reporting, and the staff side of it — the
// moderation queue and the company's on/off setting. Staff never get an action that reads a direct conversation.

function revalidateMessages(context: TenantContext, conversationId?: string) {
  revalidatePath(`/${context.tenant.slug}/messages`);
  if (conversationId) {
    revalidatePath(`/${context.tenant.slug}/messages/${conversationId}`);
  }
}

/**
 * An alumnus writes to another from their page in the directory: into the thread the two already have, or a new
 * one. Someone the caller may not see or write to (another company's, staff, themselves) is a 404.
 */
export const startDirectAction = tenantAction("portal.view", startDirectSchema, async ({ profileId, body }, context) => {
  const recipient = await directRecipient(context, profileId);
  if (!recipient) {
    notFound();
  }
  const written = await writeDirect(context, recipient.membershipId, body);
  if (!written.ok) {
    return { ok: false, error: await refusalText(written.reason), values: { body } };
  }
  revalidateMessages(context, written.conversationId);
  return { ok: true, data: written.conversationId };
});

/** Blocks another alumnus of the company: they can no longer write to the caller (nor the caller to them). */
export const blockMemberAction = tenantAction("portal.view", blockSchema, async ({ membershipId }, context) => {
  if (!(await blockMember(context, membershipId))) {
    notFound();
  }
  revalidateMessages(context);
  return { ok: true, data: undefined, message: (await getTranslations("inbox"))("direct.blockedDone") };
});

/** Lifts one of the caller's own blocks. */
export const unblockMemberAction = tenantAction("portal.view", blockSchema, async ({ membershipId }, context) => {
  if (!(await unblockMember(context, membershipId))) {
    notFound();
  }
  revalidateMessages(context);
  return { ok: true, data: undefined, message: (await getTranslations("inbox"))("direct.unblockedDone") };
});

/** Reports a message the other person wrote in one of the caller's direct conversations, to the company's moderators. */
export const reportMessageAction = tenantAction("portal.view", reportSchema, async (input, context) => {
  const reported = await reportMessage(context, input);
  if (!reported) {
    notFound();
  }
  const t = await getTranslations("inbox");
  return { ok: true, data: undefined, message: t(reported === "reported" ? "direct.report.sent" : "direct.report.already") };
});

/** Staff close a report without acting on anyone. */
export const dismissReportAction = tenantAction("alumni.manage", reportIdSchema, async ({ reportId }, context) => {
  if (!(await dismissReport(context, reportId))) {
    notFound();
  }
  revalidatePath(`/${context.tenant.slug}/admin/moderation`);
  return { ok: true, data: undefined, message: (await getTranslations("moderation"))("dismissed") };
});

/** Staff suspend the reported member (no access to the portal until reinstated) and close the reports about them. */
export const suspendReportedAction = tenantAction("alumni.manage", reportIdSchema, async ({ reportId }, context) => {
  if (!(await suspendReported(context, reportId))) {
    notFound();
  }
  revalidatePath(`/${context.tenant.slug}/admin/moderation`);
  return { ok: true, data: undefined, message: (await getTranslations("moderation"))("suspended") };
});

/** The company turns messages between alumni on or off. */
export const setDirectMessagesAction = tenantAction("settings.manage", directSettingSchema, async ({ directMessages }, context) => {
  await setDirectMessages(context, directMessages);
  revalidatePath(`/${context.tenant.slug}/admin/settings`);
  revalidateMessages(context);
  return { ok: true, data: undefined, message: (await getTranslations("moderation"))(directMessages ? "settings.savedOn" : "settings.savedOff") };
});
