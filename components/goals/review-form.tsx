"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { addReviewAction } from "@/lib/actions/goals";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

const TEXTS = ["did", "learned", "next"] as const;

function TextArea({ name, label, defaultValue, error }: { name: string; label: string; defaultValue: string; error?: string }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-stone-800">{label}</label>
      <textarea
        id={id}
        name={name}
        rows={3}
        maxLength={2000}
        required
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`rounded-md border bg-white px-3 py-2 text-base ${error ? "border-red-600" : "border-stone-300"}`}
      />
      {error ? <p id={`${id}-error`} className="text-sm text-red-700" role="alert">{error}</p> : null}
    </div>
  );
}

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
        <TextArea key={name} name={name} label={t(`review.${name}`)} defaultValue={failed?.values?.[name] ?? ""} error={failed?.fieldErrors?.[name]} />
      ))}
      <div>
        <Button type="submit" disabled={pending}>{t("review.submit")}</Button>
      </div>
    </form>
  );
}
