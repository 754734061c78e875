"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { selfJoinAction } from "@/lib/actions/join";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

type Props = { tenant: string; proof: string; company: string; termsVersion: string; signedIn: boolean };

/** The second step of registering: account (unless signed in), a note for HR, consent. */
export function SelfJoinForm({ tenant, proof, company, termsVersion, signedIn }: Props) {
  const t = useTranslations("join");
  const [state, action, pending] = useActionState(selfJoinAction, null);
  const failed = state && !state.ok ? state : null;
  const consentId = useId();
  const noteId = useId();
  if (state?.ok) {
    return <FormAlert tone="success" message={state.message} />;
  }
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="proof" value={proof} />
      <FormAlert message={failed?.error} />
      {signedIn ? null : (
        <>
          <Field label={t("name")} name="name" required autoComplete="name" defaultValue={failed?.values?.name} error={failed?.fieldErrors?.name} />
          <Field label={t("password")} name="password" type="password" required autoComplete="new-password" hint={t("passwordHint")} error={failed?.fieldErrors?.password} />
        </>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor={noteId} className="text-sm font-medium">{t("note")}</label>
        <textarea id={noteId} name="note" rows={3} maxLength={1000} defaultValue={failed?.values?.note} className="rounded-md border border-stone-300 bg-white px-3 py-2" />
      </div>
      <div className="flex flex-col gap-1">
        <div className="flex items-start gap-2">
          <input id={consentId} type="checkbox" name="consent" className="mt-1 h-4 w-4" />
          <label htmlFor={consentId} className="text-sm">{t("consent", { company, version: termsVersion })}</label>
        </div>
        {failed?.fieldErrors?.consent ? <p role="alert" className="text-sm text-red-700">{failed.fieldErrors.consent}</p> : null}
      </div>
      <Button type="submit" disabled={pending}>{pending ? t("joining") : t("submit")}</Button>
    </form>
  );
}
