"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cancelRegistration, respondToEvent, type RsvpOutcome } from "@/lib/events/rsvp";
import { QUESTION_SLOTS } from "@/lib/events/questions";
import { eventIdSchema, rsvpSchema } from "@/lib/events/schema";
import type { ActionResult } from "./result";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { tenantAction } from "./clients";

async function resultOf(outcome: RsvpOutcome | null, context: TenantContext, eventId: string): Promise<ActionResult<string>> {
  if (!outcome) {
    notFound();
  }
  const t = await getTranslations("events.rsvp");
  if (!outcome.ok) {
    const message = t(`errors.${outcome.reason}`);
    return outcome.field ? { ok: false, fieldErrors: { [outcome.field]: message } } : { ok: false, error: message };
  }
  revalidatePath(`/${context.tenant.slug}/events`);
  revalidatePath(`/${context.tenant.slug}/events/${eventId}`);
  return { ok: true, data: outcome.status, message: t(`done.${outcome.status}`) };
}

/** An alumnus answers going (seat or waiting list) or not going. */
export const rsvpAction = tenantAction("portal.view", rsvpSchema, async (input, context) => {
  const answers = Object.fromEntries(QUESTION_SLOTS.filter((slot) => input[slot]).map((slot) => [slot, input[slot]!]));
  return resultOf(await respondToEvent(context, input.eventId, { response: input.response, guests: input.guests, answers }), context, input.eventId);
});

/** An alumnus gives up their seat or place in line. */
export const cancelRsvpAction = tenantAction("portal.view", eventIdSchema, async ({ eventId }, context) => {
  return resultOf(await cancelRegistration(context, eventId), context, eventId);
});
