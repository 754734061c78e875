"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveFirstMessageAction } from "@/lib/actions/setup";
import { MESSAGE_INTENTS } from "@/lib/playbook/setup/schema";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useStepAction } from "./use-step-action";

type Draft = { subject: string; body: string };

/** Step 4: the first message, in both languages, published on the landing page and sent as an announcement. */
export function MessageForm({ tenant, ja, en, scheduledAt, sent }: { tenant: string; ja: Draft; en: Draft; scheduledAt: string; sent: boolean }) {
  const t = useTranslations("setup.message");
  const { onSubmit, pending, errors, error } = useStepAction(saveFirstMessageAction);
  const [intent, setIntent] = useState<(typeof MESSAGE_INTENTS)[number]>(sent ? "save" : "send");
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <FormAlert message={error} />
      <div className="grid gap-6 lg:grid-cols-2">
        <fieldset className="flex flex-col gap-3" lang="ja">
          <legend className="font-semibold">{t("japanese")}</legend>
          <Field label={t("subject")} name="subjectJa" defaultValue={ja.subject} maxLength={200} error={errors.subjectJa} />
          <TextAreaField label={t("body")} name="bodyJa" defaultValue={ja.body} rows={14} maxLength={50_000} hint={t("markdown")} error={errors.bodyJa} />
        </fieldset>
        <fieldset className="flex flex-col gap-3" lang="en">
          <legend className="font-semibold">{t("english")}</legend>
          <Field label={t("subject")} name="subjectEn" defaultValue={en.subject} maxLength={200} error={errors.subjectEn} />
          <TextAreaField label={t("body")} name="bodyEn" defaultValue={en.body} rows={14} maxLength={50_000} hint={t("markdown")} error={errors.bodyEn} />
        </fieldset>
      </div>
      {sent ? (
        <p className="text-sm text-stone-700">{t("alreadySent")}</p>
      ) : (
        <fieldset className="flex flex-col gap-2" aria-describedby={errors.intent ? "intent-error" : undefined}>
          <legend className="font-semibold">{t("when")}</legend>
          {MESSAGE_INTENTS.map((i) => (
            <label key={i} className="flex items-center gap-3">
              <input type="radio" name="intent" value={i} checked={intent === i} onChange={() => setIntent(i)} className="h-4 w-4" />
              {t(`intents.${i}`)}
            </label>
          ))}
          {intent === "schedule" ? (
            <div className="pl-7">
              <Field label={t("scheduledAt")} name="scheduledAt" type="datetime-local" defaultValue={scheduledAt} error={errors.scheduledAt} />
            </div>
          ) : null}
          {errors.intent ? <p id="intent-error" className="text-sm text-red-700" role="alert">{errors.intent}</p> : null}
        </fieldset>
      )}
      {sent ? <input type="hidden" name="intent" value="save" /> : null}
      <div>
        <Button type="submit" disabled={pending}>{t("save")}</Button>
      </div>
    </form>
  );
}
