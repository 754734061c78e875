"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { submitAnswers } from "@/lib/surveys/answer";
import { closeSurvey, deleteDraftSurvey, openSurvey, saveSurvey } from "@/lib/surveys/mutations";
import { surveyFormSchema } from "@/lib/surveys/schema";
import { tenantAction } from "./clients";
import { echoValues, formValues } from "./result";

const id = z.string().min(1).max(40);

/** Saves a draft survey (new or edited) and shows it. */
export const saveSurveyAction = tenantAction("surveys.manage", z.intersection(surveyFormSchema, z.object({ id: id.optional() })), async ({ id: surveyId, ...form }, context) => {
  const outcome = await saveSurvey(context, form, surveyId);
  if (!outcome.ok) {
    const t = await getTranslations("surveys.actions");
    if (outcome.reason === "unknownSegment") {
      return { ok: false, fieldErrors: { segmentId: t("unknownSegment") } };
    }
    return { ok: false, error: t(outcome.reason === "notDraft" ? "notDraft" : "notOpened") };
  }
  revalidatePath(`/${context.tenant.slug}/admin/surveys`);
  redirect(`/${context.tenant.slug}/admin/surveys/${outcome.id}?saved=1`);
});

export const openSurveyAction = tenantAction("surveys.manage", z.object({ id }), async ({ id: surveyId }, context) => {
  const t = await getTranslations("surveys.actions");
  const outcome = await openSurvey(context, surveyId);
  if (!outcome.ok) {
    return { ok: false, error: t("notOpened") };
  }
  revalidatePath(`/${context.tenant.slug}/admin/surveys`);
  revalidatePath(`/${context.tenant.slug}/admin/surveys/${surveyId}`);
  return { ok: true, data: undefined, message: t("opened", { count: outcome.recipients }) };
});

export const closeSurveyAction = tenantAction("surveys.manage", z.object({ id }), async ({ id: surveyId }, context) => {
  await closeSurvey(context, surveyId);
  revalidatePath(`/${context.tenant.slug}/admin/surveys/${surveyId}`);
  return { ok: true, data: undefined, message: (await getTranslations("surveys.actions"))("closed") };
});

export const deleteSurveyAction = tenantAction("surveys.manage", z.object({ id }), async ({ id: surveyId }, context) => {
  await deleteDraftSurvey(context, surveyId);
  revalidatePath(`/${context.tenant.slug}/admin/surveys`);
  redirect(`/${context.tenant.slug}/admin/surveys`);
});

/** An alumna's answers: validated against the survey's own questions, stored once. */
export const answerSurveyAction = tenantAction("portal.view", z.object({ surveyId: id }).loose(), async (input, context) => {
  const t = await getTranslations("surveys.portal");
  const values = formValues(input as Record<string, unknown>);
  const outcome = await submitAnswers(context, input.surveyId, values);
  if (outcome.ok) {
    revalidatePath(`/${context.tenant.slug}/surveys`);
    return { ok: true, data: undefined, message: t("thanks") };
  }
  if (outcome.reason === "invalid") {
    const fieldErrors = Object.fromEntries(Object.entries(outcome.errors).map(([field, why]) => [field, t(`errors.${why}`)]));
    return { ok: false, fieldErrors, values: echoValues(values) };
  }
  if (outcome.reason === "notFound") {
    notFound();
  }
  return { ok: false, error: t(outcome.reason) };
});
