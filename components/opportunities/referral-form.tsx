"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { referAction } from "@/lib/actions/opportunity-interest";

/** Refer someone else to a posting: name, email, a note for HR. They hear from the company only after HR accepts. */
export function ReferralForm({ tenant, postingId }: { tenant: string; postingId: string }) {
  const t = useTranslations("opportunities.portal.refer");
  const [state, action, pending] = useActionState(referAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="flex flex-col gap-3" noValidate key={state?.ok ? state.data : "form"}>
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="postingId" value={postingId} />
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm text-stone-700">{t("lead")}</p>
      <FormAlert message={failed?.error} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("name")} name="name" required maxLength={200} defaultValue={failed?.values?.name ?? ""} error={failed?.fieldErrors?.name} />
        <Field label={t("email")} name="email" type="email" required maxLength={320} defaultValue={failed?.values?.email ?? ""} error={failed?.fieldErrors?.email} />
      </div>
      <TextAreaField label={t("note")} name="note" defaultValue={failed?.values?.note ?? ""} hint={t("noteHint")} error={failed?.fieldErrors?.note} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>{t("submit")}</Button>
      </div>
    </form>
  );
}
