"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { markAllNotificationsReadAction } from "@/lib/actions/notifications";
import { failureText } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

/** The notifications page's "mark all read". */
export function MarkAllRead({ tenant }: { tenant: string }) {
  const t = useTranslations("notifications");
  const [state, action, pending] = useActionState(markAllNotificationsReadAction, null);
  return (
    <form action={action} className="flex flex-col items-end gap-2">
      <input type="hidden" name="tenant" value={tenant} />
      <Button type="submit" variant="secondary" disabled={pending}>{t("markAll")}</Button>
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <FormAlert message={failureText(state)} />
    </form>
  );
}
