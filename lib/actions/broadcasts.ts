"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { countRecipients, type RecipientCount } from "@/lib/broadcasts/audience";
import { markAllAnnouncementsRead } from "@/lib/broadcasts/announcements";
import { sendBroadcastTest } from "@/lib/broadcasts/delivery/test-send";
import { deleteDraftBroadcast, saveBroadcast, unscheduleBroadcast } from "@/lib/broadcasts/mutations";
import { audienceFilters, audienceQuerySchema, broadcastFormSchema, categoryFormSchema, categoryKeySchema } from "@/lib/broadcasts/schema";
import { addBroadcastCategory, renameBroadcastCategory, setHrMaySend } from "@/lib/broadcasts/settings";
import { unsubscribe } from "@/lib/broadcasts/unsubscribe";
import { publicAction, tenantAction } from "./clients";
import type { ActionResult } from "./result";

const id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);

/** Saves the compose form, then schedules or sends when asked (those two need broadcast.send). */
export const saveBroadcastAction = tenantAction("broadcast.draft", broadcastFormSchema, async (form, context): Promise<ActionResult> => {
  const t = await getTranslations("broadcasts.actions");
  const outcome = await saveBroadcast(context, form);
  if (!outcome.ok) {
    switch (outcome.reason) {
      case "unknownCategory":
        return { ok: false, fieldErrors: { category: t("unknownCategory") } };
      case "unknownSegment":
        return { ok: false, fieldErrors: { segmentId: t("unknownSegment") } };
      case "badSchedule":
      case "scheduleInPast":
        return { ok: false, fieldErrors: { scheduledAt: t(outcome.reason) } };
      default:
        return { ok: false, error: t(outcome.reason) };
    }
  }
  if (form.intent === "test" && !(await sendBroadcastTest(context, outcome.id))) {
    return { ok: false, error: t("notFound") };
  }
  const base = `/${context.tenant.slug}/admin/broadcasts`;
  revalidatePath(base);
  redirect(`${base}/${outcome.id}?done=${form.intent}`);
});

/** The live count beside the audience choice: how many alumni it reaches in the portal and by email, now. */
export const countRecipientsAction = tenantAction("broadcast.draft", audienceQuerySchema, async (query, context) => {
  const count = await countRecipients(context.tenant.id, context.tenant.timezone, { audience: query.audience, segmentId: query.segmentId, filters: audienceFilters(query) }, query.category);
  if (!count) {
    return { ok: false, error: (await getTranslations("broadcasts.actions"))("unknownSegment") };
  }
  return { ok: true, data: count satisfies RecipientCount };
});

export const unscheduleBroadcastAction = tenantAction("broadcast.send", z.object({ id }), async ({ id: broadcastId }, context) => {
  const t = await getTranslations("broadcasts.actions");
  if (!(await unscheduleBroadcast(context, broadcastId))) {
    return { ok: false, error: t("notScheduled") };
  }
  revalidatePath(`/${context.tenant.slug}/admin/broadcasts`);
  revalidatePath(`/${context.tenant.slug}/admin/broadcasts/${broadcastId}`);
  return { ok: true, data: undefined, message: t("unscheduled") };
});

export const deleteBroadcastAction = tenantAction("broadcast.draft", z.object({ id }), async ({ id: broadcastId }, context) => {
  if (!(await deleteDraftBroadcast(context, broadcastId))) {
    return { ok: false, error: (await getTranslations("broadcasts.actions"))("notDraft") };
  }
  revalidatePath(`/${context.tenant.slug}/admin/broadcasts`);
  redirect(`/${context.tenant.slug}/admin/broadcasts`);
});

export const addCategoryAction = tenantAction("broadcast.send", categoryFormSchema, async (input, context) => {
  const t = await getTranslations("broadcasts.categories");
  const outcome = await addBroadcastCategory(context, input);
  if (!outcome.ok) {
    return { ok: false, fieldErrors: { key: t("keyTaken") }, values: input };
  }
  revalidatePath(`/${context.tenant.slug}/admin/broadcasts/settings`);
  return { ok: true, data: undefined, message: t("added") };
});

export const renameCategoryAction = tenantAction("broadcast.send", categoryFormSchema, async ({ key, ...names }, context) => {
  const t = await getTranslations("broadcasts.categories");
  if (!(await renameBroadcastCategory(context, categoryKeySchema.parse(key), names))) {
    return { ok: false, error: t("notFound") };
  }
  revalidatePath(`/${context.tenant.slug}/admin/broadcasts/settings`);
  return { ok: true, data: undefined, message: t("renamed") };
});

export const setHrMaySendAction = tenantAction("settings.manage", z.object({ allowed: z.enum(["yes", "no"]) }), async ({ allowed }, context) => {
  await setHrMaySend(context, allowed === "yes");
  revalidatePath(`/${context.tenant.slug}/admin/broadcasts/settings`);
  return { ok: true, data: undefined, message: (await getTranslations("broadcasts.settings"))("saved") };
});

export const markAnnouncementsReadAction = tenantAction("portal.view", z.object({}), async (_input, context) => {
  await markAllAnnouncementsRead(context);
  revalidatePath(`/${context.tenant.slug}/announcements`);
  return { ok: true, data: undefined };
});

/** The unsubscribe page's button: no sign-in, the link's MAC is the proof. */
export const unsubscribeAction = publicAction(z.object({ token: z.string().max(100) }), async ({ token }) => {
  const t = await getTranslations("unsubscribe");
  const target = await unsubscribe(token);
  return target ? { ok: true, data: undefined, message: t("done") } : { ok: false, error: t("invalid") };
});
