"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { saveSegmentAction } from "@/lib/actions/segments";

/** Saves the alumni list's current filters (passed as hidden fields) under a name. */
export function SaveSegmentForm({ tenant, filters }: { tenant: string; filters: Record<string, string> }) {
  const t = useTranslations("segments");
  const [state, action, pending] = useActionState(saveSegmentAction, null);
  return (
    <form action={action} className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4">
      <p className="text-sm font-semibold">{t("save")}</p>
      <input type="hidden" name="tenant" value={tenant} />
      {Object.entries(filters).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <FormAlert message={state && !state.ok ? state.error : undefined} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <div className="flex flex-wrap items-end gap-2">
        <Field label={t("name")} name="name" required maxLength={80} error={state && !state.ok ? state.fieldErrors?.name : undefined} defaultValue={state && !state.ok ? state.values?.name : undefined} className="min-w-60 flex-1" />
        <Button type="submit" variant="secondary" disabled={pending}>{t("saveButton")}</Button>
      </div>
    </form>
  );
}
