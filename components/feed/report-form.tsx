"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { reportAction } from "@/lib/actions/feed";
import { MAX_REPORT_REASON } from "@/lib/feed/schema";

/** "Report" under a post or a comment: a reason, sent to the company's moderators. */
export function ReportForm({ tenant, postId, commentId }: { tenant: string; postId: string; commentId?: string }) {
  const t = useTranslations("feed");
  const [state, action, pending] = useActionState(reportAction, null);
  if (state?.ok) {
    return <p role="status" className="text-xs text-stone-600">{state.message}</p>;
  }
  const failed = state && !state.ok ? state : null;
  return (
    <details className="inline-block text-xs">
      <summary className="cursor-pointer rounded px-2 py-1 text-stone-600 hover:bg-stone-100">{commentId ? t("actions.reportComment") : t("actions.report")}</summary>
      <form action={action} className="mt-2 flex flex-col gap-2 rounded border border-stone-200 bg-stone-50 p-3" noValidate>
        <input type="hidden" name="tenant" value={tenant} />
        <input type="hidden" name="postId" value={postId} />
        {commentId ? <input type="hidden" name="commentId" value={commentId} /> : null}
        <Field label={t("actions.reason")} name="reason" maxLength={MAX_REPORT_REASON} required defaultValue={failed?.values?.reason ?? ""} error={failed?.fieldErrors?.reason} />
        <div>
          <Button type="submit" variant="secondary" disabled={pending} className="px-3 py-1 text-xs">{t("actions.reportSubmit")}</Button>
        </div>
      </form>
    </details>
  );
}
