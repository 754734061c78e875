"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useCallback, useEffect, useId, useRef, useState, type FormEvent } from "react";
import { countRecipientsAction, saveBroadcastAction } from "@/lib/actions/broadcasts";
import { failureText } from "@/lib/actions/result";
import type { RecipientCount } from "@/lib/broadcasts/audience";
import { MAX_BODY, MAX_SUBJECT, type ComposeValues } from "@/lib/broadcasts/schema";
import { Markdown } from "@/components/markdown";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

type Option = { value: string; label: string };

type Props = {
  tenant: string;
  values: ComposeValues;
  categories: Option[];
  segments: Option[];
  departments: string[];
  canSend: boolean;
  timeZone: string;
};

function Select({ label, name, value, onChange, options, error }: { label: string; name: string; value: string; onChange: (v: string) => void; options: Option[]; error?: string }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-stone-800">{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)} className="rounded-md border border-stone-300 bg-white px-3 py-2 text-base" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      {error ? <p id={`${id}-error`} className="text-sm text-red-700" role="alert">{error}</p> : null}
    </div>
  );
}

/** One language's subject and Markdown body, with a live preview of what readers will see. */
function LanguageVersion({ lang, heading, subject, body, errors }: { lang: "Ja" | "En"; heading: string; subject: string; body: string; errors: Record<string, string> }) {
  const t = useTranslations("broadcasts.form");
  const [text, setText] = useState(body);
  const [title, setTitle] = useState(subject);
  const id = useId();
  const bodyError = errors[`body${lang}`];
  return (
    <fieldset className="flex min-w-0 flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      <legend className="px-1 font-semibold">{heading}</legend>
      <Field label={t("subject")} name={`subject${lang}`} maxLength={MAX_SUBJECT} value={title} onChange={(e) => setTitle(e.target.value)} error={errors[`subject${lang}`]} lang={lang === "Ja" ? "ja" : "en"} />
      <div className="grid gap-3 lg:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={id} className="text-sm font-medium text-stone-800">{t("body")}</label>
          <textarea
            id={id}
            name={`body${lang}`}
            rows={12}
            maxLength={MAX_BODY}
            value={text}
            onChange={(e) => setText(e.target.value)}
            lang={lang === "Ja" ? "ja" : "en"}
            aria-invalid={bodyError ? true : undefined}
            aria-describedby={`${id}-hint${bodyError ? ` ${id}-error` : ""}`}
            className={`rounded-md border bg-white px-3 py-2 font-mono text-sm ${bodyError ? "border-red-600" : "border-stone-300"}`}
          />
          <p id={`${id}-hint`} className="text-xs text-stone-600">{t("bodyHint")}</p>
          {bodyError ? <p id={`${id}-error`} className="text-sm text-red-700" role="alert">{bodyError}</p> : null}
        </div>
        <section aria-label={t("preview")} className="min-w-0 rounded-md border border-dashed border-stone-300 bg-stone-50 p-3">
          <p className="mb-2 text-xs font-semibold tracking-wide text-stone-500 uppercase">{t("preview")}</p>
          {title ? <p className="mb-2 font-bold">{title}</p> : null}
          {text.trim() ? <Markdown source={text} /> : <p className="text-sm text-stone-500">{t("previewEmpty")}</p>}
        </section>
      </div>
    </fieldset>
  );
}

/**
 * The compose form: category, one or two language versions, audience with the number of people it reaches right
 * now, and what to do — save, send a test to oneself, schedule, or send. Submitted by hand so the selects keep
 * their values when the server says no.
 */
export function ComposeForm({ tenant, values, categories, segments, departments, canSend, timeZone }: Props) {
  const t = useTranslations("broadcasts.form");
  const [state, action, pending] = useActionState(saveBroadcastAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const formRef = useRef<HTMLFormElement>(null);
  const [category, setCategory] = useState(values.category);
  const [audience, setAudience] = useState(values.audience);
  const [segmentId, setSegmentId] = useState(values.segmentId || segments[0]?.value || "");
  const [department, setDepartment] = useState(values.filters.department ?? "");
  const [openToReturn, setOpenToReturn] = useState(values.filters.openToReturn ?? "");
  const [count, setCount] = useState<RecipientCount | null>(null);
  const [counting, setCounting] = useState(false);

  // The count follows every change of the audience or category (a category someone turned off mails fewer).
  const recount = useCallback(() => {
    const form = formRef.current;
    if (!form) {
      return;
    }
    const data = new FormData(form);
    const query = new FormData();
    for (const key of ["tenant", "category", "audience", "segmentId", "fq", "fdepartment", "fleaveYear", "fopenToReturn"]) {
      query.set(key, String(data.get(key) ?? ""));
    }
    setCounting(true);
    countRecipientsAction(null, query)
      .then((result) => setCount(result.ok ? result.data : null))
      .catch(() => setCount(null))
      .finally(() => setCounting(false));
  }, []);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const recountSoon = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(recount, 300);
  };
  useEffect(() => {
    recount();
  }, [recount, category, audience, segmentId, department, openToReturn]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value === "send" && !window.confirm(t("confirmSend", { count: count?.members ?? 0 }))) {
      return;
    }
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => action(data));
  };

  const audienceOptions = [
    { value: "EVERYONE", label: t("everyone") },
    ...(segments.length ? [{ value: "SEGMENT", label: t("segment") }] : []),
    { value: "FILTER", label: t("filter") },
  ];
  return (
    <form ref={formRef} action={action} onSubmit={submit} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <FormAlert message={failed && !failed.fieldErrors ? failureText(failed) : undefined} />
      <div className="max-w-sm">
        <Select label={t("category")} name="category" value={category} onChange={setCategory} options={categories} error={errors.category} />
        <p className="mt-1 text-xs text-stone-600">{t("categoryHint")}</p>
      </div>
      <p className="text-sm text-stone-700">{t("languagesHint")}</p>
      <LanguageVersion lang="Ja" heading={t("japanese")} subject={values.subjectJa} body={values.bodyJa} errors={errors} />
      <LanguageVersion lang="En" heading={t("english")} subject={values.subjectEn} body={values.bodyEn} errors={errors} />

      <fieldset className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4" onChange={recountSoon}>
        <legend className="px-1 font-semibold">{t("audience")}</legend>
        <div role="radiogroup" aria-label={t("audience")} className="flex flex-wrap gap-4">
          {audienceOptions.map((o) => (
            <label key={o.value} className="flex items-center gap-2">
              <input type="radio" name="audience" value={o.value} checked={audience === o.value} onChange={() => setAudience(o.value as ComposeValues["audience"])} />
              {o.label}
            </label>
          ))}
        </div>
        {audience === "SEGMENT" ? (
          <div className="max-w-sm">
            <Select label={t("segmentName")} name="segmentId" value={segmentId} onChange={setSegmentId} options={segments} error={errors.segmentId} />
          </div>
        ) : null}
        {audience === "FILTER" ? (
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={t("filterQ")} name="fq" defaultValue={values.filters.q ?? ""} maxLength={100} error={errors.fq} />
            <Select label={t("filterDepartment")} name="fdepartment" value={department} onChange={setDepartment} options={[{ value: "", label: t("any") }, ...departments.map((d) => ({ value: d, label: d }))]} error={errors.fdepartment} />
            <Field label={t("filterLeaveYear")} name="fleaveYear" type="number" min={1950} max={2100} defaultValue={values.filters.leaveYear ?? ""} error={errors.fleaveYear} />
            <Select
              label={t("filterOpenToReturn")}
              name="fopenToReturn"
              value={openToReturn}
              onChange={setOpenToReturn}
              options={[{ value: "", label: t("any") }, { value: "yes", label: t("openYes") }, { value: "no", label: t("openNo") }]}
              error={errors.fopenToReturn}
            />
          </div>
        ) : null}
        <p aria-live="polite" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-stone-800" data-testid="recipient-count">
          {count === null ? (counting ? t("counting") : t("countUnknown")) : t("count", { members: count.members, email: count.email })}
        </p>
      </fieldset>

      <fieldset className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 font-semibold">{t("delivery")}</legend>
        <div className="flex flex-wrap items-end gap-3">
          <Button type="submit" name="intent" value="save" variant="secondary" disabled={pending}>{t("save")}</Button>
          <Button type="submit" name="intent" value="test" variant="secondary" disabled={pending}>{t("test")}</Button>
        </div>
        {canSend ? (
          <>
            <div className="flex flex-wrap items-end gap-3">
              <Field label={t("scheduledAt")} name="scheduledAt" type="datetime-local" defaultValue={values.scheduledAt} hint={t("timezone", { zone: timeZone })} error={errors.scheduledAt} />
              <Button type="submit" name="intent" value="schedule" variant="secondary" disabled={pending}>{t("schedule")}</Button>
            </div>
            <div>
              <Button type="submit" name="intent" value="send" disabled={pending}>{t("sendNow")}</Button>
            </div>
          </>
        ) : (
          <p className="text-sm text-stone-700">{t("noSendPermission")}</p>
        )}
      </fieldset>
    </form>
  );
}
