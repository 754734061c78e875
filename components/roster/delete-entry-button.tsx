"use client";

import { useTranslations } from "next-intl";
import { deleteRosterEntryAction } from "@/lib/actions/roster";
import { Button } from "@/components/ui/button";

/** Removes an entry from the roster after the person confirms. */
export function DeleteEntryButton({ tenant, id, name }: { tenant: string; id: string; name: string }) {
  const t = useTranslations("roster");
  return (
    <form
      action={async (form) => {
        await deleteRosterEntryAction(null, form);
      }}
      onSubmit={(event) => {
        if (!window.confirm(t("confirmDelete", { name }))) {
          event.preventDefault();
        }
      }}
    >
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" className="text-red-700">{t("delete")}</Button>
    </form>
  );
}
