"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { UnreadableImageError } from "@/lib/alumni/avatar/resize";
import { markAttendance } from "@/lib/events/check-in";
import { saveEvent } from "@/lib/events/save-event";
import { checkInSchema, eventFormSchema, eventStatusSchema } from "@/lib/events/schema";
import { setEventStatus } from "@/lib/events/save-event";
import { notFound } from "next/navigation";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { tenantAction } from "./clients";

function revalidateEvent(context: TenantContext, eventId: string) {
  revalidatePath(`/${context.tenant.slug}/admin/events`);
  revalidatePath(`/${context.tenant.slug}/admin/events/${eventId}`);
  revalidatePath(`/${context.tenant.slug}/events`);
  revalidatePath(`/${context.tenant.slug}/events/${eventId}`);
}

const saveSchema = z.intersection(eventFormSchema, z.object({ copyCoverFrom: z.string().max(64).optional() }));

/** Creates a draft (then opens it) or saves an event's changes. */
export const saveEventAction = tenantAction("events.manage", saveSchema, async (form, context) => {
  const tv = await getTranslations("validation");
  let saved;
  try {
    saved = await saveEvent(context, form, form.id ? null : form.copyCoverFrom);
  } catch (error) {
    if (error instanceof UnreadableImageError) {
      return { ok: false, fieldErrors: { cover: tv("avatarNotImage") } };
    }
    throw error;
  }
  if (!saved) {
    notFound();
  }
  if (!saved.ok) {
    return { ok: false, fieldErrors: { [saved.field]: tv(saved.message as never) } };
  }
  revalidateEvent(context, saved.id);
  if (!form.id) {
    redirect(`/${context.tenant.slug}/admin/events/${saved.id}?created=1`);
  }
  return { ok: true, data: saved.id, message: (await getTranslations("events.form"))("saved") };
});

/** Publishes or cancels an event (cancelling mails everyone registered or waiting). */
export const setEventStatusAction = tenantAction("events.manage", eventStatusSchema, async ({ eventId, status }, context) => {
  const changed = await setEventStatus(context, eventId, status);
  if (changed === null) {
    notFound();
  }
  const t = await getTranslations("events.admin");
  if (!changed) {
    return { ok: false, error: t("notAllowed") };
  }
  revalidateEvent(context, eventId);
  return { ok: true, data: undefined, message: status === "CANCELLED" ? t("cancelledDone") : t("published") };
});

/** Staff at the door mark someone holding a seat as attended, or undo it. */
export const checkInAction = tenantAction("events.manage", checkInSchema, async ({ eventId, registrationId, attended }, context) => {
  if (!(await markAttendance(context, eventId, registrationId, attended))) {
    notFound();
  }
  revalidatePath(`/${context.tenant.slug}/admin/events/${eventId}/check-in`);
  revalidatePath(`/${context.tenant.slug}/admin/events/${eventId}`);
  return { ok: true, data: undefined };
});
