"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { savePostingAction } from "@/lib/actions/postings";
import type { PostingFormValues } from "@/lib/opportunities/form-values";
import { POSTING_KINDS } from "@/lib/opportunities/schema";

const inputClass = "rounded-md border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 shadow-sm outline-none focus:ring-2 focus:ring-brand-600";

type Props = { tenant: string; initial: PostingFormValues; segments: { id: string; name: string }[] };

/** HR writes or edits a job, contract or collaboration posting. */
export function PostingForm({ tenant, initial, segments }: Props) {
  const t = useTranslations("opportunities.form");
  const tk = useTranslations("opportunities.kind");
  const [state, action, pending] = useActionState(savePostingAction, null);
  const failed = state && !state.ok ? state : null;
  const value = (field: string) => failed?.values?.[field] ?? initial[field] ?? "";
  const error = (field: string) => failed?.fieldErrors?.[field];
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <FormAlert message={failed?.error} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-stone-800">{t("kind")}</legend>
        <div className="flex flex-wrap gap-3">
          {POSTING_KINDS.map((kind) => (
            <label key={kind} className="flex items-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="radio" name="kind" value={kind} defaultChecked={value("kind") === kind} />
              {tk(kind)}
            </label>
          ))}
        </div>
        {error("kind") ? <p className="text-sm text-red-700" role="alert">{error("kind")}</p> : null}
      </fieldset>
      <Field label={t("title")} name="title" required maxLength={200} defaultValue={value("title")} error={error("title")} />
      <div className="flex flex-col gap-1">
        <label htmlFor="posting-description" className="text-sm font-medium text-stone-800">{t("description")}</label>
        <textarea id="posting-description" name="description" rows={8} maxLength={20000} defaultValue={value("description")} aria-describedby="posting-description-hint" className={inputClass} />
        <p id="posting-description-hint" className="text-xs text-stone-600">{t("descriptionHint")}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("department")} name="department" maxLength={200} defaultValue={value("department")} error={error("department")} />
        <Field label={t("location")} name="location" maxLength={200} defaultValue={value("location")} error={error("location")} />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="remote" defaultChecked={value("remote") === "on"} />
        {t("remote")}
      </label>
      <div className="flex flex-col gap-1">
        <label htmlFor="posting-terms" className="text-sm font-medium text-stone-800">{t("terms")}</label>
        <textarea id="posting-terms" name="terms" rows={3} maxLength={2000} defaultValue={value("terms")} aria-describedby="posting-terms-hint" className={inputClass} />
        <p id="posting-terms-hint" className="text-xs text-stone-600">{t("termsHint")}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("contactPerson")} name="contactPerson" maxLength={200} defaultValue={value("contactPerson")} hint={t("contactHint")} error={error("contactPerson")} />
        <Field label={t("closesOn")} name="closesOn" type="date" defaultValue={value("closesOn")} hint={t("closesHint")} error={error("closesOn")} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="posting-audience" className="text-sm font-medium text-stone-800">{t("audience")}</label>
        <select id="posting-audience" name="segmentId" defaultValue={value("segmentId")} aria-describedby="posting-audience-hint" aria-invalid={error("segmentId") ? true : undefined} className={inputClass}>
          <option value="">{t("audienceEveryone")}</option>
          {segments.map((s) => (
            <option key={s.id} value={s.id}>{s.name}</option>
          ))}
        </select>
        <p id="posting-audience-hint" className="text-xs text-stone-600">{t("audienceHint")}</p>
        {error("segmentId") ? <p className="text-sm text-red-700" role="alert">{error("segmentId")}</p> : null}
      </div>
      <div>
        <Button type="submit" disabled={pending}>{initial.id ? t("save") : t("create")}</Button>
      </div>
    </form>
  );
}
