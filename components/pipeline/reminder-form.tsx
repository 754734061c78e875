"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { setReminderDaysAction } from "@/lib/actions/pipeline";

/** After how many untouched days items are highlighted and their owners get the morning reminder. */
export function ReminderForm({ tenant, days }: { tenant: string; days: number }) {
  const t = useTranslations("pipeline.reminderSettings");
  const [state, action, pending] = useActionState(setReminderDaysAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <Field
        label={t("label")}
        name="days"
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        required
        className="w-full max-w-sm"
        defaultValue={failed?.values?.days ?? String(days)}
        error={failed?.fieldErrors?.days}
        hint={t("hint")}
      />
      <Button type="submit" variant="secondary" disabled={pending}>{t("save")}</Button>
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
    </form>
  );
}
