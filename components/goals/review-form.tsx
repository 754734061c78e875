"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addReviewAction } from "@/lib/actions/goals";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";

const TEXTS = ["did", "learned", "next"] as const;

/** A dated review of a goal: what we did, what we learned, what we do next. */
export function ReviewForm({ tenant, goalId, today }: { tenant: string; goalId: string; today: string }) {
  const t = useTranslations("goals");
  const [state, action, pending] = useActionState(addReviewAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    // A fresh form after each saved review, so the next one starts empty.
    <form action={action} className="flex flex-col gap-3" noValidate key={state?.ok ? state.data : "review"}>
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="goalId" value={goalId} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <FormAlert message={failed?.error} />
      <Field label={t("review.reviewedOn")} name="reviewedOn" type="date" required defaultValue={failed?.values?.reviewedOn ?? today} error={failed?.fieldErrors?.reviewedOn} className="max-w-xs" />
      {TEXTS.map((name) => (
        <TextAreaField key={name} name={name} label={t(`review.${name}`)} required defaultValue={failed?.values?.[name] ?? ""} error={failed?.fieldErrors?.[name]} />
      ))}
      <div>
        <Button type="submit" disabled={pending}>{t("review.submit")}</Button>
      </div>
    </form>
  );
}
