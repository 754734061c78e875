"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { updateJoinSettingsAction } from "@/lib/actions/join";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

const RULES = ["INVITE_ONLY", "ROSTER_MATCH", "APPROVAL"] as const;

export function JoinSettingsForm({ tenant, rule, domains }: { tenant: string; rule: (typeof RULES)[number]; domains: string[] }) {
  const t = useTranslations("newLeavers");
  const [state, action, pending] = useActionState(updateJoinSettingsAction, null);
  const failed = state && !state.ok ? state : null;
  const domainsId = useId();
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="tenant" value={tenant} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">{t("rule")}</legend>
        {RULES.map((r) => (
          <label key={r} className="flex items-start gap-2 text-sm">
            <input type="radio" name="registrationRule" value={r} defaultChecked={r === rule} className="mt-1" />
            <span>
              <strong>{t(`rules.${r}.title`)}</strong> — {t(`rules.${r}.help`)}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor={domainsId} className="font-medium">{t("domains")}</label>
        <input id={domainsId} name="joinDomains" defaultValue={failed?.values?.joinDomains ?? domains.join(", ")} placeholder="example.co.jp, gmail.com" className="rounded-md border border-stone-300 bg-white px-3 py-2" aria-describedby={`${domainsId}-hint`} />
        <p id={`${domainsId}-hint`} className="text-xs text-stone-600">{t("domainsHint")}</p>
        {failed?.fieldErrors?.joinDomains ? <p role="alert" className="text-sm text-red-700">{failed.fieldErrors.joinDomains}</p> : null}
      </div>
      <div>
        <Button type="submit" disabled={pending}>{t("save")}</Button>
      </div>
    </form>
  );
}
