"use client";

import { useTranslations } from "next-intl";
import { useActionState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { changeAlumniAction } from "@/lib/actions/members";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

// Enter in the reason box would press the form's first button (Invite): the person must choose the action.
export function keepEnterFromSubmitting(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key === "Enter") {
    event.preventDefault();
  }
}

type Props = { tenant: string; canInvite: boolean; hasRows: boolean; children: ReactNode };

/** Wraps the alumni table: its checkboxes choose whom the buttons act on. */
export function AlumniBulkForm({ tenant, canInvite, hasRows, children }: Props) {
  const t = useTranslations("alumniAdmin.bulk");
  const [state, action, pending] = useActionState(changeAlumniAction, null);
  const confirmRemove = (event: MouseEvent<HTMLButtonElement>) => {
    if (!window.confirm(t("confirmRemove"))) {
      event.preventDefault();
    }
  };
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="tenant" value={tenant} />
      <FormAlert message={state && !state.ok ? state.error : undefined} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <fieldset hidden={!hasRows} className="flex flex-wrap items-end gap-2 rounded-lg border border-stone-200 bg-stone-50 p-3">
        <legend className="px-1 text-sm font-semibold">{t("legend")}</legend>
        {canInvite ? <Button type="submit" name="change" value="invite" disabled={pending}>{t("invite")}</Button> : null}
        <Button type="submit" name="change" value="suspend" variant="secondary" disabled={pending}>{t("suspend")}</Button>
        <Button type="submit" name="change" value="reinstate" variant="secondary" disabled={pending}>{t("reinstate")}</Button>
        <Button type="submit" name="change" value="remove" variant="ghost" disabled={pending} onClick={confirmRemove}>{t("remove")}</Button>
        <div className="flex min-w-60 flex-1 flex-col gap-1">
          <label htmlFor="bulk-reason" className="text-sm font-medium">{t("reason")}</label>
          <input id="bulk-reason" name="reason" maxLength={500} onKeyDown={keepEnterFromSubmitting} className="rounded-md border border-stone-300 bg-white px-3 py-2" />
        </div>
      </fieldset>
      {children}
    </form>
  );
}
