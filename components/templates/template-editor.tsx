"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId, useState, type FormEvent } from "react";
import { resetTemplateAction, saveTemplateAction } from "@/lib/actions/templates";
import { failureText } from "@/lib/actions/result";
import { MAX_TEMPLATE_BODY, MAX_TEMPLATE_SUBJECT, TEMPLATE_SPECS, type TemplateKey } from "@/lib/templates/catalog";
import { unknownPlaceholders, type PlaceholderValues } from "@/lib/templates/fill";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { TemplatePreview } from "./template-preview";

type Wording = { subject: string; body: string };

type Props = {
  tenant: string;
  templateKey: TemplateKey;
  locale: "ja" | "en";
  current: Wording;
  standard: Wording;
  edited: boolean;
  editedOn: string | null;
  sample: PlaceholderValues;
  placeholderLabels: { name: string; label: string }[];
};

/** Subject and text of one template in one language, with a live preview filled with sample values. */
export function TemplateEditor({ tenant, templateKey, locale, current, standard, edited, editedOn, sample, placeholderLabels }: Props) {
  const t = useTranslations("templates.editor");
  const ts = useTranslations("surveys.form");
  const spec = TEMPLATE_SPECS[templateKey];
  const [state, action, pending] = useActionState(saveTemplateAction, null);
  const [resetState, resetAction, resetting] = useActionState(resetTemplateAction, null);
  const [subject, setSubject] = useState(current.subject);
  const [body, setBody] = useState(current.body);
  const bodyId = useId();
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const unknown = unknownPlaceholders(templateKey, spec.subject ? subject : null, body);
  const subjectLabel = templateKey === "survey" ? t("subjectSurvey") : templateKey === "jobPosting" ? t("subjectPosting") : t("subject");
  const hint = spec.format === "markdown" ? t("hintMarkdown") : spec.format === "survey" ? t("hintSurvey") : t("hintPlain");

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const reset = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!window.confirm(t("resetConfirm"))) {
      return;
    }
    const data = new FormData(event.currentTarget);
    setSubject(standard.subject);
    setBody(standard.body);
    startTransition(() => resetAction(data));
  };

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-stone-700">{edited && editedOn ? t("showingEdited", { date: editedOn }) : t("showingDefault")}</p>
      <div className="grid gap-4 lg:grid-cols-2">
        <form onSubmit={save} className="flex min-w-0 flex-col gap-3" noValidate>
          <input type="hidden" name="tenant" value={tenant} />
          <input type="hidden" name="key" value={templateKey} />
          <input type="hidden" name="locale" value={locale} />
          <FormAlert message={failed && !failed.fieldErrors ? failureText(failed) : undefined} />
          <FormAlert tone="success" message={state?.ok ? state.message : resetState?.ok ? resetState.message : undefined} />
          {spec.subject ? (
            <Field label={subjectLabel} name="subject" maxLength={MAX_TEMPLATE_SUBJECT} value={subject} onChange={(e) => setSubject(e.target.value)} error={errors.subject} lang={locale} />
          ) : null}
          <div className="flex flex-col gap-1">
            <label htmlFor={bodyId} className="text-sm font-medium text-stone-800">{t("body")}</label>
            <textarea
              id={bodyId}
              name="body"
              rows={16}
              maxLength={MAX_TEMPLATE_BODY}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              lang={locale}
              aria-invalid={errors.body ? true : undefined}
              aria-describedby={`${bodyId}-hint${errors.body ? ` ${bodyId}-error` : ""}`}
              className={`rounded-md border bg-white px-3 py-2 font-mono text-sm ${errors.body ? "border-red-600" : "border-stone-300"}`}
            />
            <p id={`${bodyId}-hint`} className="text-xs text-stone-600">{hint}</p>
            {errors.body ? <p id={`${bodyId}-error`} className="text-sm text-red-700" role="alert">{errors.body}</p> : null}
            {unknown.length ? <p className="text-sm text-amber-800" aria-live="polite">{t("unknown", { names: unknown.map((n) => `{${n}}`).join(", ") })}</p> : null}
          </div>
          <section className="rounded-md border border-stone-200 bg-stone-50 p-3 text-sm">
            <h2 className="font-semibold">{t("placeholdersTitle")}</h2>
            <p className="text-xs text-stone-600">{t("placeholdersHint")}</p>
            <ul className="mt-2 flex flex-col gap-1">
              {placeholderLabels.map((p) => (
                <li key={p.name}>
                  <code className="rounded bg-white px-1">{`{${p.name}}`}</code> — {p.label}
                </li>
              ))}
            </ul>
          </section>
          <div>
            <Button type="submit" disabled={pending}>{t("save")}</Button>
          </div>
        </form>
        <section aria-label={t("preview")} className="min-w-0 rounded-md border border-dashed border-stone-300 bg-white p-4">
          <p className="text-xs font-semibold tracking-wide text-stone-500 uppercase">{t("preview")}</p>
          <p className="mb-3 text-xs text-stone-500">{t("previewNote")}</p>
          {body.trim() ? (
            <TemplatePreview format={spec.format} subject={spec.subject ? subject : null} body={body} values={sample} surveyLabels={{ questions: (count) => t("questions", { count }), kind: (kind) => ts(`kinds.${kind}`) }} />
          ) : (
            <p className="text-sm text-stone-500">{t("previewEmpty")}</p>
          )}
        </section>
      </div>
      {edited || resetting ? (
        <form onSubmit={reset}>
          <input type="hidden" name="tenant" value={tenant} />
          <input type="hidden" name="key" value={templateKey} />
          <input type="hidden" name="locale" value={locale} />
          <Button type="submit" variant="secondary" disabled={resetting}>{t("reset")}</Button>
        </form>
      ) : null}
    </div>
  );
}
