"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteBroadcastAction, unscheduleBroadcastAction } from "@/lib/actions/broadcasts";
import { failureText } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

/** Take a scheduled announcement back to a draft, or delete a draft — each asks first. */
export function BroadcastControls({ tenant, id, status, canSend }: { tenant: string; id: string; status: "DRAFT" | "SCHEDULED"; canSend: boolean }) {
  const t = useTranslations("broadcasts.actions");
  const [unscheduled, unschedule, pending] = useActionState(unscheduleBroadcastAction, null);
  const [deleted, remove, deleting] = useActionState(deleteBroadcastAction, null);
  const confirmFirst = (message: string) => (event: React.FormEvent) => {
    if (!window.confirm(message)) {
      event.preventDefault();
    }
  };
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={failureText(unscheduled) ?? failureText(deleted)} />
      <div className="flex flex-wrap gap-2">
        {status === "SCHEDULED" && canSend ? (
          <form action={unschedule} onSubmit={confirmFirst(t("unscheduleConfirm"))}>
            <input type="hidden" name="tenant" value={tenant} />
            <input type="hidden" name="id" value={id} />
            <Button type="submit" variant="secondary" disabled={pending}>{t("unschedule")}</Button>
          </form>
        ) : null}
        {status === "DRAFT" ? (
          <form action={remove} onSubmit={confirmFirst(t("deleteConfirm"))}>
            <input type="hidden" name="tenant" value={tenant} />
            <input type="hidden" name="id" value={id} />
            <Button type="submit" variant="ghost" className="text-red-700" disabled={deleting}>{t("delete")}</Button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
