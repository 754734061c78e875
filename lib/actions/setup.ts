"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { saveFirstMessage, savePlan, savePurpose, saveReviewDate, saveSetupGoals, skipStep, type StepOutcome } from "@/lib/playbook/setup/mutations";
import { goalsFormSchema, messageFormSchema, planFormSchema, purposeFormSchema, reviewFormSchema, skipFormSchema } from "@/lib/playbook/setup/schema";
import { getSetup } from "@/lib/playbook/setup/state";
import type { SaveOutcome } from "@/lib/broadcasts/mutations";
import { tenantAction } from "./clients";
import type { ActionResult } from "./result";

// The guided setup is the company's admins' (docs/decisions/025): it sets goals, publishes on the landing page
// and sends to every alumnus.
const PERMISSION = "settings.manage";

/** After a step: on to the next one still to do, or back to the overview when none is left. */
async function onward(context: TenantContext): Promise<never> {
  const base = `/${context.tenant.slug}/admin/setup`;
  revalidatePath(`/${context.tenant.slug}/admin`);
  revalidatePath(base);
  const setup = await getSetup(context);
  redirect(setup.next ? `${base}/${setup.next}` : `${base}?done=1`);
}

// The setup's forms submit without resetting (components/playbook/setup/step-form.tsx): errors need no echo.
async function failed(outcome: Extract<StepOutcome, { ok: false }>): Promise<ActionResult> {
  const t = await getTranslations("validation");
  return { ok: false, fieldErrors: Object.fromEntries(Object.entries(outcome.fieldErrors).map(([field, e]) => [field, t(e.key, e.values)])) };
}

export const savePurposeAction = tenantAction(PERMISSION, purposeFormSchema, async (form, context) => {
  await savePurpose(context, form);
  return onward(context);
});

export const saveSetupGoalsAction = tenantAction(PERMISSION, goalsFormSchema, async (goals, context) => {
  const outcome = await saveSetupGoals(context, goals);
  if (!outcome.ok) {
    return failed(outcome);
  }
  revalidatePath(`/${context.tenant.slug}/admin/goals`);
  return onward(context);
});

export const savePlanAction = tenantAction(PERMISSION, planFormSchema, async (plan, context) => {
  const outcome = await savePlan(context, plan);
  return outcome.ok ? onward(context) : failed(outcome);
});

export const saveFirstMessageAction = tenantAction(PERMISSION, messageFormSchema, async (form, context): Promise<ActionResult> => {
  const outcome = await saveFirstMessage(context, form);
  if (!outcome.ok) {
    return "fieldErrors" in outcome ? failed(outcome) : broadcastProblem(outcome);
  }
  revalidatePath(`/${context.tenant.slug}`);
  revalidatePath(`/${context.tenant.slug}/admin/broadcasts`);
  return onward(context);
});

async function broadcastProblem(outcome: Extract<SaveOutcome, { ok: false }>): Promise<ActionResult> {
  if (outcome.reason === "emptyAudience") {
    return { ok: false, fieldErrors: { intent: (await getTranslations("setup.message"))("nobodyYet") } };
  }
  const t = await getTranslations("broadcasts.actions");
  if (outcome.reason === "badSchedule" || outcome.reason === "scheduleInPast") {
    return { ok: false, fieldErrors: { scheduledAt: t(outcome.reason) } };
  }
  return { ok: false, error: t(outcome.reason) };
}

export const saveReviewDateAction = tenantAction(PERMISSION, reviewFormSchema, async ({ reviewOn }, context) => {
  const outcome = await saveReviewDate(context, reviewOn);
  return outcome.ok ? onward(context) : failed(outcome);
});

export const skipSetupStepAction = tenantAction(PERMISSION, skipFormSchema, async ({ step }, context) => {
  await skipStep(context, step);
  return onward(context);
});
