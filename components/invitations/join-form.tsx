"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { acceptInvitationAction } from "@/lib/actions/invitations";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

type Props = { tenant: string; token: string; company: string; termsVersion: string; email: string; suggestedName: string; signedInAs: string | null };

/** Consent, plus a new account unless someone is signed in; then the person is a member. */
export function JoinForm({ tenant, token, company, termsVersion, email, suggestedName, signedInAs }: Props) {
  const t = useTranslations("join");
  const [state, action, pending] = useActionState(acceptInvitationAction, null);
  const failed = state && !state.ok ? state : null;
  const consentId = useId();
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="token" value={token} />
      <FormAlert message={failed?.error} />
      {signedInAs ? (
        <p className="rounded-md bg-stone-100 p-3 text-sm">{t("asUser", { email: signedInAs })}</p>
      ) : (
        <fieldset className="flex flex-col gap-4">
          <legend className="font-semibold">{t("createAccount")}</legend>
          <Field label={t("email")} name="email" value={email} readOnly />
          <Field label={t("name")} name="name" required autoComplete="name" defaultValue={failed?.values?.name ?? suggestedName} error={failed?.fieldErrors?.name} />
          <Field label={t("password")} name="password" type="password" required autoComplete="new-password" hint={t("passwordHint")} error={failed?.fieldErrors?.password} />
        </fieldset>
      )}
      <div className="flex flex-col gap-1">
        <div className="flex items-start gap-2">
          <input id={consentId} type="checkbox" name="consent" className="mt-1 h-4 w-4" aria-invalid={failed?.fieldErrors?.consent ? true : undefined} aria-describedby={failed?.fieldErrors?.consent ? `${consentId}-error` : undefined} />
          <label htmlFor={consentId} className="text-sm">{t("consent", { company, version: termsVersion })}</label>
        </div>
        {failed?.fieldErrors?.consent ? <p id={`${consentId}-error`} role="alert" className="text-sm text-red-700">{failed.fieldErrors.consent}</p> : null}
      </div>
      <Button type="submit" disabled={pending}>{pending ? t("joining") : t("submit")}</Button>
    </form>
  );
}
