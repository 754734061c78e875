"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestJoinLinkAction } from "@/lib/actions/join";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

export function RequestJoinForm({ tenant }: { tenant: string }) {
  const t = useTranslations("join");
  const [state, action, pending] = useActionState(requestJoinLinkAction, null);
  const failed = state && !state.ok ? state : null;
  if (state?.ok) {
    return <FormAlert tone="success" message={state.message} />;
  }
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <FormAlert message={failed?.error} />
      <Field label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={failed?.values?.email} error={failed?.fieldErrors?.email} />
      <Button type="submit" disabled={pending}>{t("sendLink")}</Button>
    </form>
  );
}
