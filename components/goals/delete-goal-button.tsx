"use client";

import { useTranslations } from "next-intl";
import { deleteGoalAction } from "@/lib/actions/goals";
import { Button } from "@/components/ui/button";

/** Removes a goal and its reviews after the person confirms. */
export function DeleteGoalButton({ tenant, id }: { tenant: string; id: string }) {
  const t = useTranslations("goals");
  return (
    <form
      action={async (form) => {
        await deleteGoalAction(null, form);
      }}
      onSubmit={(event) => {
        if (!window.confirm(t("confirmDelete"))) {
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
