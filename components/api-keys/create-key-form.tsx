"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { createApiKeyAction } from "@/lib/actions/api-keys";
import { API_SCOPES } from "@/lib/api/scopes";
import { NewSecret } from "./new-secret";

/** Name a key and choose what it may do; once made, its secret is shown here, this one time. */
export function CreateKeyForm({ tenant }: { tenant: string }) {
  const t = useTranslations("apiKeys");
  const [state, dispatch, pending] = useActionState(createApiKeyAction, null);
  // The secret the person closed: the form comes back, empty, for another key.
  const [dismissed, setDismissed] = useState<string | null>(null);
  const failed = state && !state.ok ? state : null;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  if (state?.ok && state.data.secret !== dismissed) {
    return <NewSecret name={state.data.name} secret={state.data.secret} onDone={() => setDismissed(state.data.secret)} />;
  }
  return (
    <form key={dismissed ?? ""} onSubmit={onSubmit} className="flex flex-col gap-4" aria-labelledby="new-key-heading">
      <h2 id="new-key-heading" className="text-lg font-semibold text-stone-900">{t("newKey")}</h2>
      <input type="hidden" name="tenant" value={tenant} />
      <Field label={t("name")} name="name" required maxLength={80} defaultValue={failed?.values?.name ?? ""} error={failed?.fieldErrors?.name} hint={t("nameHint")} />
      <fieldset aria-describedby={failed?.fieldErrors?.scopes ? "scopes-error" : undefined}>
        <legend className="text-sm font-medium text-stone-800">{t("scopes")}</legend>
        <ul className="mt-2 flex flex-col gap-2">
          {API_SCOPES.map((scope) => (
            <li key={scope}>
              <label className="flex items-start gap-2 text-sm text-stone-800">
                <input type="checkbox" name="scopes" value={scope} className="mt-1" />
                <span>
                  <code className="font-mono text-stone-900">{scope}</code>
                  <span className="block text-stone-600">{t(`scopeHints.${scope.replace(":", "_")}`)}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {failed?.fieldErrors?.scopes ? <p id="scopes-error" role="alert" className="mt-1 text-sm text-red-700">{failed.fieldErrors.scopes}</p> : null}
      </fieldset>
      <FormAlert message={failed?.error} />
      <div>
        <Button type="submit" disabled={pending}>{t("create")}</Button>
      </div>
    </form>
  );
}
