"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveEmailPreferencesAction } from "@/lib/actions/email-preferences";
import { failureText } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

// Each category with its label (the company's own categories are named by the company, not the catalog).
// Notification categories (digestible) choose off / at once / daily digest; the others are on or off.
type Props = { tenant: string; company: string; all: boolean; categories: { key: string; label: string; enabled: boolean; daily: boolean; digestible: boolean }[] };

/** One company's mail, by kind, with a master switch; account mail is not the member's to turn off. */
export function EmailPreferencesForm({ tenant, company, all, categories }: Props) {
  const t = useTranslations("emailPreferences");
  const [state, action, pending] = useActionState(saveEmailPreferencesAction, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="tenant" value={tenant} />
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">{company}</legend>
        <label className="mt-1 flex items-start gap-2">
          <input type="checkbox" name="all" defaultChecked={all} className="mt-1" />
          <span>
            <span className="font-medium">{t("all")}</span>
            <span className="block text-xs text-stone-600">{t("allHint")}</span>
          </span>
        </label>
        <div className="ml-6 flex flex-col gap-1">
          {categories.map((category) =>
            category.digestible ? (
              <label key={category.key} className="flex flex-wrap items-center gap-2 text-sm">
                <span className="min-w-48">{category.label}</span>
                <select name={category.key} defaultValue={!category.enabled ? "off" : category.daily ? "daily" : "immediate"} className="rounded border border-stone-300 px-2 py-1">
                  <option value="immediate">{t("frequency.immediate")}</option>
                  <option value="daily">{t("frequency.daily")}</option>
                  <option value="off">{t("frequency.off")}</option>
                </select>
              </label>
            ) : (
              <label key={category.key} className="flex items-start gap-2 text-sm">
                <input type="checkbox" name={category.key} defaultChecked={category.enabled} className="mt-1" />
                <span>{category.label}</span>
              </label>
            ),
          )}
        </div>
      </fieldset>
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <FormAlert message={failureText(state)} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>{t("save")}</Button>
      </div>
    </form>
  );
}
