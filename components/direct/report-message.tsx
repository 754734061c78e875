"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { reportMessageAction } from "@/lib/actions/direct-messages";
import { MAX_REPORT_NOTE, REPORT_REASONS } from "@/lib/inbox/schema";

/** "Report" under a message the other alumnus wrote: a reason and an optional note, for the company's moderators. */
export function ReportMessage({ tenant, messageId }: { tenant: string; messageId: string }) {
  const t = useTranslations("inbox.direct.report");
  const [state, action, pending] = useActionState(reportMessageAction, null);
  const failed = state && !state.ok ? state : null;
  if (state?.ok) {
    return <FormAlert tone="success" message={state.message} />;
  }
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-xs text-stone-600 underline">{t("open")}</summary>
      <form action={action} className="mt-2 flex flex-col gap-3" noValidate>
        <input type="hidden" name="tenant" value={tenant} />
        <input type="hidden" name="messageId" value={messageId} />
        <p className="text-xs text-stone-600">{t("hint")}</p>
        <FormAlert message={failed?.error} />
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium text-stone-800">{t("reason")}</legend>
          {REPORT_REASONS.map((reason) => (
            <label key={reason} className="flex items-center gap-2">
              <input type="radio" name="reason" value={reason} defaultChecked={failed?.values?.reason === reason} />
              {t(`reasons.${reason}`)}
            </label>
          ))}
          {failed?.fieldErrors?.reason ? <p className="text-sm text-red-700" role="alert">{failed.fieldErrors.reason}</p> : null}
        </fieldset>
        <TextAreaField label={t("note")} name="note" rows={2} maxLength={MAX_REPORT_NOTE} defaultValue={failed?.values?.note ?? ""} error={failed?.fieldErrors?.note} />
        <div>
          <Button type="submit" variant="secondary" disabled={pending}>{t("submit")}</Button>
        </div>
      </form>
    </details>
  );
}
