"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";
import { answerSurveyAction } from "@/lib/actions/surveys";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

type Question = { id: string; kind: "NPS" | "SINGLE" | "MULTIPLE" | "TEXT"; prompt: string; options: string[]; required: boolean };

/** The survey's questions as radio groups, checkboxes and text boxes; each error sits under its question. */
export function AnswerForm({ tenant, surveyId, questions }: { tenant: string; surveyId: string; questions: Question[] }) {
  const t = useTranslations("surveys.portal");
  const [state, action, pending] = useActionState(answerSurveyAction, null);
  if (state?.ok) {
    return <FormAlert tone="success" message={state.message} />;
  }
  const failed = state && !state.ok ? state : null;
  // Submitted by hand, so a refused answer keeps what was chosen (a form action resets the fields).
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  return (
    <form action={action} onSubmit={submit} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <FormAlert message={failed?.error} />
      {questions.map((q, i) => {
        const field = `a_${q.id}`;
        const error = failed?.fieldErrors?.[field];
        const errorId = `${field}-error`;
        return (
          <fieldset key={q.id} className="flex flex-col gap-2" aria-describedby={error ? errorId : undefined}>
            <legend className="mb-1 font-medium">
              {i + 1}. {q.prompt}
              {q.required ? <span className="ml-2 text-xs font-normal text-stone-600">({t("required")})</span> : null}
            </legend>
            {q.kind === "NPS" ? (
              <div className="flex flex-col gap-1">
                <div className="flex flex-wrap gap-1" role="radiogroup" aria-label={q.prompt}>
                  {Array.from({ length: 11 }, (_, score) => (
                    <label key={score} className="flex h-10 w-10 cursor-pointer items-center justify-center rounded-md border border-stone-300 bg-white text-sm font-semibold has-checked:border-brand-700 has-checked:bg-brand-600 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-brand-700">
                      <input type="radio" name={field} value={score} className="sr-only" aria-label={String(score)} />
                      {score}
                    </label>
                  ))}
                </div>
                <div className="flex justify-between text-xs text-stone-600"><span>{t("npsLow")}</span><span>{t("npsHigh")}</span></div>
              </div>
            ) : q.kind === "TEXT" ? (
              <textarea name={field} rows={4} maxLength={2000} aria-label={q.prompt} aria-invalid={error ? true : undefined} className="rounded-md border border-stone-300 bg-white px-3 py-2 text-base" />
            ) : (
              q.options.map((option) => (
                <label key={option} className="flex items-center gap-2">
                  <input type={q.kind === "SINGLE" ? "radio" : "checkbox"} name={field} value={option} />
                  {option}
                </label>
              ))
            )}
            {error ? <p id={errorId} className="text-sm text-red-700" role="alert">{error}</p> : null}
          </fieldset>
        );
      })}
      <div>
        <Button type="submit" disabled={pending}>{t("submit")}</Button>
      </div>
    </form>
  );
}
