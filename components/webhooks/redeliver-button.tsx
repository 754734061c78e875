"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { redeliverWebhookAction } from "@/lib/actions/webhooks";

/** Sends one delivery's event again; the new delivery appears at the top of the list. */
export function RedeliverButton({ tenant, deliveryId }: { tenant: string; deliveryId: string }) {
  const t = useTranslations("webhooks");
  const [state, action, pending] = useActionState(redeliverWebhookAction, null);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <Button type="submit" variant="ghost" className="px-2 py-1" disabled={pending || state?.ok}>{t("deliveries.redeliver")}</Button>
      {state?.ok ? <span role="status" className="text-xs text-emerald-700">{state.message}</span> : null}
    </form>
  );
}
