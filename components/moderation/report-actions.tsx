"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { dismissReportAction, suspendReportedAction } from "@/lib/actions/direct-messages";
import { failureText } from "@/lib/actions/result";

/** Dismiss a report, or suspend the member it is about (which closes every open report about them). */
export function ReportActions({ tenant, reportId, name, canSuspend }: { tenant: string; reportId: string; name: string; canSuspend: boolean }) {
  const t = useTranslations("moderation");
  const [dismissed, dismiss, dismissing] = useActionState(dismissReportAction, null);
  const [suspended, suspend, suspending] = useActionState(suspendReportedAction, null);
  const done = dismissed?.ok ? dismissed : suspended?.ok ? suspended : null;
  if (done) {
    return <FormAlert tone="success" message={done.message} />;
  }
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={failureText(dismissed) ?? failureText(suspended)} />
      <div className="flex flex-wrap gap-2">
        <form action={dismiss}>
          <input type="hidden" name="tenant" value={tenant} />
          <input type="hidden" name="reportId" value={reportId} />
          <Button type="submit" variant="secondary" disabled={dismissing || suspending}>{t("dismiss")}</Button>
        </form>
        {canSuspend ? (
          <form action={suspend}>
            <input type="hidden" name="tenant" value={tenant} />
            <input type="hidden" name="reportId" value={reportId} />
            <Button type="submit" variant="primary" disabled={dismissing || suspending}>{t("suspend", { name })}</Button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
