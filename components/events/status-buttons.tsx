"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setEventStatusAction } from "@/lib/actions/events";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

/** Publish a draft; cancel a draft or a published event (asking first, since registrants are mailed). */
export function EventStatusButtons({ tenant, eventId, status }: { tenant: string; eventId: string; status: "DRAFT" | "PUBLISHED" | "CANCELLED" }) {
  const t = useTranslations("events.admin");
  const [state, action, pending] = useActionState(setEventStatusAction, null);
  if (status === "CANCELLED" && !state) {
    return null;
  }
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={state && !state.ok ? state.error : undefined} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <div className="flex flex-wrap gap-2">
        {status === "DRAFT" ? (
          <form action={action}>
            <input type="hidden" name="tenant" value={tenant} />
            <input type="hidden" name="eventId" value={eventId} />
            <input type="hidden" name="status" value="PUBLISHED" />
            <Button type="submit" disabled={pending}>{t("publish")}</Button>
          </form>
        ) : null}
        {status !== "CANCELLED" ? (
          <form
            action={action}
            onSubmit={(event) => {
              if (!window.confirm(t("cancelConfirm"))) {
                event.preventDefault();
              }
            }}
          >
            <input type="hidden" name="tenant" value={tenant} />
            <input type="hidden" name="eventId" value={eventId} />
            <input type="hidden" name="status" value="CANCELLED" />
            <Button type="submit" variant="secondary" disabled={pending}>{t("cancelEvent")}</Button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
