"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveRosterEntryAction } from "@/lib/actions/roster";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

type Entry = { id?: string; name?: string; nameKana?: string | null; email?: string | null; employeeNumber?: string | null; department?: string | null; joinedOn?: string; leftOn?: string };

const FIELDS = ["name", "nameKana", "employeeNumber", "email", "department", "joinedOn", "leftOn"] as const;

/** Adds a former employee to the roster by hand, or edits one; dates accept the formats HR files use. */
export function RosterEntryForm({ tenant, entry }: { tenant: string; entry?: Entry }) {
  const t = useTranslations("roster");
  const [state, action, pending] = useActionState(saveRosterEntryAction, null);
  const failed = state && !state.ok ? state : null;
  const value = (field: (typeof FIELDS)[number]) => failed?.values?.[field] ?? entry?.[field] ?? "";
  return (
    <form action={action} className="flex flex-col gap-4" noValidate key={state?.ok ? state.data : "form"}>
      <input type="hidden" name="tenant" value={tenant} />
      {entry?.id ? <input type="hidden" name="id" value={entry.id} /> : null}
      <FormAlert message={failed?.error} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map((field) => (
          <Field
            key={field}
            label={t(`columns.${field}`)}
            name={field}
            required={field === "name"}
            type={field === "email" ? "email" : "text"}
            placeholder={field === "joinedOn" || field === "leftOn" ? "2015/04/01" : undefined}
            defaultValue={entry?.id || failed ? value(field) : ""}
            error={failed?.fieldErrors?.[field]}
          />
        ))}
      </div>
      <div>
        <Button type="submit" disabled={pending}>{entry?.id ? t("save") : t("add")}</Button>
      </div>
    </form>
  );
}
