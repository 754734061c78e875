"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent, type MouseEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { saveSsoSettingsAction, testSsoConnectionAction } from "@/lib/actions/sso";

export type SsoFormValues = {
  issuer: string;
  clientId: string;
  allowedDomains: string;
  trustUnverifiedEmail: boolean;
  enabled: boolean;
  staffMustUseSso: boolean;
  secretStored: boolean;
  secretOpens: boolean;
};

function Check({ name, label, hint, defaultChecked, error }: { name: string; label: string; hint: string; defaultChecked: boolean; error?: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-start gap-2 font-medium text-stone-800">
        <input type="checkbox" name={name} defaultChecked={defaultChecked} className="mt-1" aria-invalid={error ? true : undefined} />
        <span>{label}</span>
      </label>
      <p className="ml-6 text-sm text-stone-600">{hint}</p>
      {error ? <p role="alert" className="ml-6 text-sm text-red-700">{error}</p> : null}
    </div>
  );
}

/** The company's OpenID Connect settings: issuer, client, and the switches (decision 031). */
export function SsoSettingsForm({ tenant, initial }: { tenant: string; initial: SsoFormValues }) {
  const t = useTranslations("sso");
  const [saved, save, saving] = useActionState(saveSsoSettingsAction, null);
  const [tested, test, testing] = useActionState(testSsoConnectionAction, null);
  const failed = saved && !saved.ok ? saved : null;
  const testFailed = tested && !tested.ok ? tested : null;
  // Submitted by hand: a form action would reset what was typed after every test and every refusal.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => save(data));
  };
  const onTest = (event: MouseEvent<HTMLButtonElement>) => {
    const form = event.currentTarget.form;
    if (form) {
      startTransition(() => test(new FormData(form)));
    }
  };
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <div className="flex flex-col gap-2">
        <Field label={t("issuer")} name="issuer" type="url" required defaultValue={initial.issuer}
          placeholder="https://login.microsoftonline.com/…/v2.0" hint={t("issuerHint")}
          error={testFailed?.fieldErrors?.issuer ?? failed?.fieldErrors?.issuer} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" variant="secondary" onClick={onTest} disabled={testing}>
            {testing ? t("testing") : t("test")}
          </Button>
          <FormAlert tone="success" message={tested?.ok ? tested.message : undefined} />
        </div>
      </div>
      <Field label={t("clientId")} name="clientId" required defaultValue={initial.clientId} error={failed?.fieldErrors?.clientId} />
      <Field label={t("clientSecret")} name="clientSecret" type="password" autoComplete="off" required={!initial.secretStored}
        placeholder={initial.secretStored ? t("secretKeepPlaceholder") : ""}
        hint={initial.secretStored ? (initial.secretOpens ? t("secretKeep") : t("secretUnreadable")) : t("secretHint")}
        error={failed?.fieldErrors?.clientSecret} />
      <Field label={t("allowedDomains")} name="allowedDomains" defaultValue={initial.allowedDomains}
        placeholder="example.co.jp" hint={t("allowedDomainsHint")} error={failed?.fieldErrors?.allowedDomains} />
      <Check name="trustUnverifiedEmail" label={t("trustUnverifiedEmail")} hint={t("trustUnverifiedEmailHint")} defaultChecked={initial.trustUnverifiedEmail} />
      <Check name="enabled" label={t("enabled")} hint={t("enabledHint")} defaultChecked={initial.enabled} error={failed?.fieldErrors?.enabled} />
      <Check name="staffMustUseSso" label={t("staffMustUseSso")} hint={t("staffMustUseSsoHint")} defaultChecked={initial.staffMustUseSso} error={failed?.fieldErrors?.staffMustUseSso} />
      <FormAlert message={failed?.error} />
      <FormAlert tone="success" message={saved?.ok ? saved.message : undefined} />
      <div>
        <Button type="submit" disabled={saving}>{saving ? t("saving") : t("save")}</Button>
      </div>
    </form>
  );
}
