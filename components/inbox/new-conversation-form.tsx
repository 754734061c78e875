"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { startConversationAction } from "@/lib/actions/inbox";
import { CONVERSATION_TOPICS, MAX_BODY, MAX_SUBJECT, type ConversationTopicName } from "@/lib/inbox/schema";

/** An alumnus writes to the company: what about, a subject, the message. Sent, it opens the conversation. */
export function NewConversationForm({ tenant, topic }: { tenant: string; topic?: ConversationTopicName }) {
  const t = useTranslations("inbox");
  const router = useRouter();
  const [state, action, pending] = useActionState(startConversationAction, null);
  const failed = state && !state.ok ? state : null;
  useEffect(() => {
    if (state?.ok) {
      router.push(`/${tenant}/messages/${state.data}`);
    }
  }, [state, router, tenant]);
  const chosen = failed?.values?.topic ?? topic ?? "QUESTION";
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <FormAlert message={failed?.error} />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-stone-800">{t("form.topic")}</legend>
        <div className="flex flex-wrap gap-2">
          {CONVERSATION_TOPICS.map((value) => (
            <label key={value} className="flex items-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" name="topic" value={value} defaultChecked={chosen === value} />
              {t(`topic.${value}`)}
            </label>
          ))}
        </div>
        {failed?.fieldErrors?.topic ? <p className="text-sm text-red-700" role="alert">{failed.fieldErrors.topic}</p> : null}
      </fieldset>
      <Field label={t("form.subject")} name="subject" required maxLength={MAX_SUBJECT} defaultValue={failed?.values?.subject ?? ""} error={failed?.fieldErrors?.subject} />
      <TextAreaField label={t("form.body")} name="body" rows={6} required maxLength={MAX_BODY} defaultValue={failed?.values?.body ?? ""} hint={t("form.bodyHint", { max: MAX_BODY.toLocaleString() })} error={failed?.fieldErrors?.body} />
      <div>
        <Button type="submit" disabled={pending || state?.ok}>{t("form.submit")}</Button>
      </div>
    </form>
  );
}
