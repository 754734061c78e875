"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { createCannedReplyAction, deleteCannedReplyAction } from "@/lib/actions/inbox-staff";
import { failureText } from "@/lib/actions/result";
import { MAX_BODY } from "@/lib/inbox/schema";

/** Adds a canned reply to the company's list. */
export function CannedReplyForm({ tenant }: { tenant: string }) {
  const t = useTranslations("inbox.canned");
  const [state, action, pending] = useActionState(createCannedReplyAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <FormAlert message={failed?.error} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <Field label={t("name")} name="title" required maxLength={100} defaultValue={failed?.values?.title ?? ""} error={failed?.fieldErrors?.title} />
      <TextAreaField label={t("body")} name="body" rows={5} required maxLength={MAX_BODY} defaultValue={failed?.values?.body ?? ""} error={failed?.fieldErrors?.body} />
      <div>
        <Button type="submit" disabled={pending}>{t("submit")}</Button>
      </div>
    </form>
  );
}

/** Deletes one canned reply. */
export function DeleteCannedReplyButton({ tenant, cannedReplyId, title }: { tenant: string; cannedReplyId: string; title: string }) {
  const t = useTranslations("inbox.canned");
  const [state, action, pending] = useActionState(deleteCannedReplyAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="cannedReplyId" value={cannedReplyId} />
      <FormAlert message={failureText(state)} />
      <Button type="submit" variant="ghost" disabled={pending} aria-label={`${t("delete")}: ${title}`}>{t("delete")}</Button>
    </form>
  );
}
