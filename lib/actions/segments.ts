"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ALUMNI_FILTER_KEYS } from "@/lib/members/filters";
import { createSegment, deleteSegment, renameSegment, type SegmentOutcome } from "@/lib/segments/mutations";
import { segmentFiltersSchema, segmentNameSchema } from "@/lib/segments/schema";
import { tenantAction } from "./clients";

const segmentId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);

// The form carries the list's current filters as hidden fields; the same schema as the list's URL checks them.
const saveSchema = segmentFiltersSchema.extend({ name: segmentNameSchema });

async function failure(outcome: Exclude<SegmentOutcome, { ok: true }>) {
  const t = await getTranslations("segments");
  return outcome.reason === "nameTaken"
    ? { ok: false as const, fieldErrors: { name: t("nameTaken") } }
    : { ok: false as const, error: t("notFound") };
}

/** Saves the alumni list's current filters as a named segment. */
export const saveSegmentAction = tenantAction("alumni.manage", saveSchema, async ({ name, ...input }, context) => {
  const filters = Object.fromEntries(ALUMNI_FILTER_KEYS.filter((k) => input[k] !== undefined).map((k) => [k, input[k]]));
  const outcome = await createSegment(context, name, filters);
  if (!outcome.ok) {
    return failure(outcome);
  }
  revalidatePath(`/${context.tenant.slug}/admin/alumni/segments`);
  return { ok: true, data: undefined, message: (await getTranslations("segments"))("saved", { name }) };
});

export const renameSegmentAction = tenantAction("alumni.manage", z.object({ id: segmentId, name: segmentNameSchema }), async ({ id, name }, context) => {
  const outcome = await renameSegment(context, id, name);
  if (!outcome.ok) {
    return failure(outcome);
  }
  revalidatePath(`/${context.tenant.slug}/admin/alumni/segments`);
  return { ok: true, data: undefined, message: (await getTranslations("segments"))("renamed") };
});

export const deleteSegmentAction = tenantAction("alumni.manage", z.object({ id: segmentId }), async ({ id }, context) => {
  const outcome = await deleteSegment(context, id);
  if (!outcome.ok) {
    return failure(outcome);
  }
  revalidatePath(`/${context.tenant.slug}/admin/alumni/segments`);
  return { ok: true, data: undefined, message: (await getTranslations("segments"))("deleted") };
});
