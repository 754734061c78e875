"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { moveStage, setOwner } from "@/lib/opportunities/pipeline";
import { decideReferral } from "@/lib/opportunities/referrals";
import { setReminderDays } from "@/lib/opportunities/reminder-settings";
import { moveStageSchema, ownerSchema, referralDecisionSchema, reminderDaysSchema } from "@/lib/opportunities/schema";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { tenantAction } from "./clients";

// Writing to the pipeline takes opportunities.manage and, since it shows alumni's private interests, pipeline.read.
function requirePipeline(context: TenantContext) {
  if (!context.permissions.has("pipeline.read")) {
    notFound();
  }
}

function revalidatePipeline(context: TenantContext, interestId?: string) {
  revalidatePath(`/${context.tenant.slug}/admin/pipeline`);
  if (interestId) {
    revalidatePath(`/${context.tenant.slug}/admin/pipeline/${interestId}`);
  }
  revalidatePath(`/${context.tenant.slug}/opportunities/mine`);
}

/** Moves an interest to a stage with a note and the status the alumnus sees. */
export const moveStageAction = tenantAction("opportunities.manage", moveStageSchema, async (move, context) => {
  requirePipeline(context);
  if (!(await moveStage(context, move))) {
    notFound();
  }
  revalidatePipeline(context, move.interestId);
  return { ok: true, data: undefined, message: (await getTranslations("pipeline"))("moved") };
});

/** Gives an item to a staff member, or to nobody. */
export const setOwnerAction = tenantAction("opportunities.manage", ownerSchema, async ({ interestId, ownerId }, context) => {
  requirePipeline(context);
  const set = await setOwner(context, interestId, ownerId);
  if (set === null) {
    notFound();
  }
  const t = await getTranslations("pipeline");
  if (!set) {
    return { ok: false, fieldErrors: { ownerId: t("notStaff") } };
  }
  revalidatePipeline(context, interestId);
  return { ok: true, data: undefined, message: t("ownerSet") };
});

/** Accepts a referral (the referred person is emailed) or declines it. */
export const decideReferralAction = tenantAction("opportunities.manage", referralDecisionSchema, async ({ referralId, decision }, context) => {
  requirePipeline(context);
  if (!(await decideReferral(context, referralId, decision))) {
    notFound();
  }
  revalidatePipeline(context);
  const t = await getTranslations("pipeline.referrals");
  return { ok: true, data: undefined, message: decision === "ACCEPTED" ? t("acceptedDone") : t("declinedDone") };
});

/** After how many untouched days items are highlighted and their owners reminded by email. */
export const setReminderDaysAction = tenantAction("opportunities.manage", reminderDaysSchema, async ({ days }, context) => {
  requirePipeline(context);
  await setReminderDays(context, days);
  revalidatePipeline(context);
  return { ok: true, data: undefined, message: (await getTranslations("pipeline.reminderSettings"))("saved", { days }) };
});
