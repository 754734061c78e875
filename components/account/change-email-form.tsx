"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestEmailChangeAction } from "@/lib/actions/change-email";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

/** New address (and the current password, for accounts that have one); the change waits for the emailed link. */
export function ChangeEmailForm({ hasPassword }: { hasPassword: boolean }) {
  const t = useTranslations("emailChange");
  const [state, action, pending] = useActionState(requestEmailChangeAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <FormAlert message={failed?.error} />
      <Field label={t("newEmail")} name="newEmail" type="email" autoComplete="email" required defaultValue={failed?.values?.newEmail} error={failed?.fieldErrors?.newEmail} />
      {hasPassword ? (
        <Field label={t("currentPassword")} name="currentPassword" type="password" autoComplete="current-password" required error={failed?.fieldErrors?.currentPassword} />
      ) : (
        <p className="text-sm text-stone-600">{t("noPasswordHint")}</p>
      )}
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>{t("submit")}</Button>
      </div>
    </form>
  );
}
