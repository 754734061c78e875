"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { addReview, createGoal, deleteGoal, deleteReview, updateGoal } from "@/lib/goals/mutations";
import { goalFormSchema, reviewFormSchema } from "@/lib/goals/schema";
import { tenantAction } from "./clients";
import { echoValues } from "./result";

const goalWithId = z.intersection(goalFormSchema, z.object({ id: z.string().max(40).optional() }));

/** Sets a new goal, or changes one; then shows it. */
export const saveGoalAction = tenantAction("goals.manage", goalWithId, async ({ id, ...form }, context) => {
  const outcome = id ? await updateGoal(context, id, form) : await createGoal(context, form);
  if (!outcome.ok) {
    const t = await getTranslations("validation");
    if ("notFound" in outcome) {
      return { ok: false, error: t("invalid") };
    }
    const message = outcome.reason === "goalAlreadyReached" ? t(outcome.reason, { current: outcome.current }) : t(outcome.reason);
    return { ok: false, fieldErrors: { [outcome.field]: message }, values: echoValues({ ...form, target: String(form.target) }) };
  }
  revalidatePath(`/${context.tenant.slug}/admin/goals`);
  redirect(`/${context.tenant.slug}/admin/goals/${outcome.id}`);
});

export const deleteGoalAction = tenantAction("goals.manage", z.object({ id: z.string().min(1).max(40) }), async ({ id }, context) => {
  await deleteGoal(context, id);
  revalidatePath(`/${context.tenant.slug}/admin/goals`);
  redirect(`/${context.tenant.slug}/admin/goals`);
});

/** Adds a dated review (did / learned / next) beside a goal's chart. */
export const addReviewAction = tenantAction("goals.manage", reviewFormSchema, async (review, context) => {
  const id = await addReview(context, review);
  if (!id) {
    return { ok: false, error: (await getTranslations("validation"))("invalid") };
  }
  revalidatePath(`/${context.tenant.slug}/admin/goals/${review.goalId}`);
  return { ok: true, data: id, message: (await getTranslations("goals"))("reviewAdded") };
});

export const deleteReviewAction = tenantAction("goals.manage", z.object({ id: z.string().min(1).max(40), goalId: z.string().min(1).max(40) }), async ({ id, goalId }, context) => {
  await deleteReview(context, id);
  revalidatePath(`/${context.tenant.slug}/admin/goals/${goalId}`);
  return { ok: true, data: undefined };
});
