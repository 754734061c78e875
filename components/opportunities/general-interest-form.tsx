"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { expressGeneralInterestAction } from "@/lib/actions/opportunity-interest";
import { failureText } from "@/lib/actions/result";

/** A casual career chat request (カジュアル面談) or the open-to-return signal, independent of any posting. */
export function GeneralInterestForm({ tenant, kind, standing }: { tenant: string; kind: "CASUAL_CHAT" | "OPEN_TO_RETURN"; standing: boolean }) {
  const t = useTranslations("opportunities.portal");
  const [state, action, pending] = useActionState(expressGeneralInterestAction, null);
  const failed = state && !state.ok ? state : null;
  const key = kind === "CASUAL_CHAT" ? "chat" : "open";
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="kind" value={kind} />
      <h2 className="text-lg font-semibold">{t(`${key}.title`)}</h2>
      <p className="text-sm text-stone-700">{t(`${key}.lead`)}</p>
      <FormAlert message={failureText(state)} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      {standing ? <p className="text-sm font-semibold text-emerald-800">{t(`${key}.standing`)}</p> : null}
      <TextAreaField label={t("note")} name="note" defaultValue={failed?.values?.note ?? ""} hint={t("noteHint")} error={failed?.fieldErrors?.note} />
      <div>
        <Button type="submit" variant={standing ? "secondary" : "primary"} disabled={pending}>{t(standing ? "updateNote" : `${key}.submit`)}</Button>
      </div>
    </form>
  );
}
