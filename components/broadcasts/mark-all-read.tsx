"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { markAnnouncementsReadAction } from "@/lib/actions/broadcasts";
import { Button } from "@/components/ui/button";

export function MarkAllReadButton({ tenant }: { tenant: string }) {
  const t = useTranslations("announcements");
  const [, action, pending] = useActionState(markAnnouncementsReadAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="tenant" value={tenant} />
      <Button type="submit" variant="secondary" disabled={pending}>{t("markAllRead")}</Button>
    </form>
  );
}
