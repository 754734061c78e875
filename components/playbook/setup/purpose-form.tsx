"use client";

import { useTranslations } from "next-intl";
import { savePurposeAction } from "@/lib/actions/setup";
import { PURPOSES, type Purpose } from "@/lib/playbook/setup/steps";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useStepAction } from "./use-step-action";

/** Step 1: why the company runs its alumni program. */
export function PurposeForm({ tenant, chosen, note }: { tenant: string; chosen: readonly Purpose[]; note: string | null }) {
  const t = useTranslations("setup.purpose");
  const { onSubmit, pending, errors, error } = useStepAction(savePurposeAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <FormAlert message={error} />
      <fieldset aria-describedby={errors.purposes ? "purposes-error" : undefined}>
        <legend className="text-sm font-medium text-stone-800">{t("legend")}</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {PURPOSES.map((p) => (
            <label key={p} className="flex cursor-pointer gap-3 rounded-lg border border-stone-200 bg-white p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="checkbox" name="purposes" value={p} defaultChecked={chosen.includes(p)} className="mt-1 h-4 w-4" />
              <span>
                <span className="block font-medium">{t(`options.${p}.title`)}</span>
                <span className="block text-sm text-stone-600">{t(`options.${p}.lead`)}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.purposes ? <p id="purposes-error" className="mt-2 text-sm text-red-700" role="alert">{errors.purposes}</p> : null}
      </fieldset>
      <TextAreaField label={t("note")} name="purposeNote" hint={t("noteHint")} defaultValue={note ?? ""} maxLength={500} error={errors.purposeNote} />
      <div>
        <Button type="submit" disabled={pending}>{t("save")}</Button>
      </div>
    </form>
  );
}
