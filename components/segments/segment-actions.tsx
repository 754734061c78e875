"use client";

import { useTranslations } from "next-intl";
import { useActionState, type MouseEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { deleteSegmentAction, renameSegmentAction } from "@/lib/actions/segments";

/** Rename and delete for one saved segment. */
export function SegmentActions({ tenant, id, name }: { tenant: string; id: string; name: string }) {
  const t = useTranslations("segments");
  const [renamed, rename, renaming] = useActionState(renameSegmentAction, null);
  const [deleted, remove, deleting] = useActionState(deleteSegmentAction, null);
  const confirmDelete = (event: MouseEvent<HTMLButtonElement>) => {
    if (!window.confirm(t("confirmDelete"))) {
      event.preventDefault();
    }
  };
  return (
    <div className="flex flex-wrap items-end gap-2">
      <form action={rename} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="tenant" value={tenant} />
        <input type="hidden" name="id" value={id} />
        <Field label={t("rename")} name="name" required maxLength={80} defaultValue={name} error={renamed && !renamed.ok ? renamed.fieldErrors?.name ?? renamed.error : undefined} />
        <Button type="submit" variant="secondary" disabled={renaming}>{t("renameButton")}</Button>
      </form>
      <form action={remove}>
        <input type="hidden" name="tenant" value={tenant} />
        <input type="hidden" name="id" value={id} />
        <Button type="submit" variant="ghost" disabled={deleting} onClick={confirmDelete}>{t("delete")}</Button>
      </form>
      <FormAlert tone="success" message={renamed?.ok ? renamed.message : undefined} />
      <FormAlert message={deleted && !deleted.ok ? deleted.error : undefined} />
    </div>
  );
}
