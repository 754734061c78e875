"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId, useState, type FormEvent } from "react";
import { saveSurveyAction } from "@/lib/actions/surveys";
import { failureText } from "@/lib/actions/result";
import { MAX_QUESTIONS, QUESTION_KINDS, type QuestionKind } from "@/lib/surveys/schema";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";

const SLOTS = MAX_QUESTIONS;

type Question = { kind: QuestionKind; prompt: string; options: string[]; required: boolean };
type Survey = { id?: string; title: string; intro: string | null; anonymous: boolean; segmentId: string | null; questions: Question[] };

function Select({ label, name, defaultValue, options, error }: { label: string; name: string; defaultValue: string; options: { value: string; label: string }[]; error?: string }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-stone-800">{label}</label>
      <select id={id} name={name} defaultValue={defaultValue} className="rounded-md border border-stone-300 bg-white px-3 py-2 text-base" aria-invalid={error ? true : undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      {error ? <p className="text-sm text-red-700" role="alert">{error}</p> : null}
    </div>
  );
}

/**
 * The survey builder: title, introduction, anonymity, audience, and ten question slots (blank ones are skipped),
 * so it works the same with or without JavaScript.
 */
export function SurveyForm({ tenant, survey, segments }: { tenant: string; survey?: Survey; segments: { id: string; name: string }[] }) {
  const t = useTranslations("surveys.form");
  const [state, action, pending] = useActionState(saveSurveyAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  // Submitted by hand: a form action would reset the fields (the selects among them) when the server says no.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const slots = Array.from({ length: SLOTS }, (_, i) => survey?.questions[i] ?? null);
  // Empty slots beyond the next one stay hidden until asked for: ten blank questions at once read as a chore.
  const [shown, setShown] = useState(Math.min(SLOTS, Math.max(2, (survey?.questions.length ?? 0) + 1)));
  return (
    <form action={action} onSubmit={submit} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      {survey?.id ? <input type="hidden" name="id" value={survey.id} /> : null}
      <FormAlert message={failed && !failed.fieldErrors ? failureText(failed) : undefined} />
      <Field label={t("title")} name="title" required maxLength={120} defaultValue={survey?.title ?? ""} error={errors.title} />
      <TextAreaField label={t("intro")} name="intro" defaultValue={survey?.intro ?? ""} hint={t("introHint")} error={errors.intro} />
      <label className="flex items-start gap-2">
        <input type="checkbox" name="anonymous" defaultChecked={survey?.anonymous ?? false} className="mt-1" />
        <span>
          <span className="font-medium">{t("anonymous")}</span>
          <span className="block text-xs text-stone-600">{t("anonymousHint")}</span>
        </span>
      </label>
      <Select
        label={t("audience")}
        name="segmentId"
        defaultValue={survey?.segmentId ?? ""}
        options={[{ value: "", label: t("everyone") }, ...segments.map((s) => ({ value: s.id, label: s.name }))]}
        error={errors.segmentId}
      />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t("questions")}</legend>
        {slots.map((q, i) => (
          <fieldset key={i} hidden={i >= shown} className="grid gap-3 rounded-md border border-stone-200 p-4 sm:grid-cols-[15rem_1fr]">
            <legend className="px-1 text-sm font-semibold">{t("questionN", { n: i + 1 })}</legend>
            <Select label={t("kind")} name={`q${i}_kind`} defaultValue={q?.kind ?? (i === 0 ? "NPS" : "SINGLE")} options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} error={errors[`q${i}_kind`]} />
            <div className="flex flex-col gap-3">
              <Field label={t("prompt")} name={`q${i}_prompt`} maxLength={300} defaultValue={q?.prompt ?? ""} hint={i === 0 ? undefined : t("promptHint")} error={errors[`q${i}_prompt`]} />
              <TextAreaField label={t("options")} name={`q${i}_options`} rows={3} defaultValue={q?.options.join("\n") ?? ""} hint={t("optionsHint")} error={errors[`q${i}_options`]} />
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name={`q${i}_required`} defaultChecked={q?.required ?? true} />
                {t("required")}
              </label>
            </div>
          </fieldset>
        ))}
        {shown < SLOTS ? (
          <div>
            <Button type="button" variant="secondary" onClick={() => setShown((n) => Math.min(SLOTS, n + 1))}>{t("addQuestion")}</Button>
          </div>
        ) : null}
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>{t("save")}</Button>
      </div>
    </form>
  );
}
