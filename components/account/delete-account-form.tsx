"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteMyAccountAction } from "@/lib/actions/account";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

/** Deleting an account cannot be undone: the person types their email to confirm. */
export function DeleteAccountForm({ email }: { email: string }) {
  const t = useTranslations("account");
  const [state, action, pending] = useActionState(deleteMyAccountAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <FormAlert message={failed?.error} />
      <Field label={t("confirmLabel", { email })} name="confirmEmail" autoComplete="off" defaultValue={failed?.values?.confirmEmail} error={failed?.fieldErrors?.confirmEmail} />
      <div>
        <Button type="submit" className="bg-red-700 hover:bg-red-800" disabled={pending}>{t("deleteSubmit")}</Button>
      </div>
    </form>
  );
}
