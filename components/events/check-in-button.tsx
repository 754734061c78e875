"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { checkInAction } from "@/lib/actions/events";

/** One big button per person at the door: check in, or undo a mistaken check-in. */
export function CheckInButton({ tenant, eventId, registrationId, name, attended }: { tenant: string; eventId: string; registrationId: string; name: string; attended: boolean }) {
  const t = useTranslations("events.checkIn");
  const [, action, pending] = useActionState(checkInAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="registrationId" value={registrationId} />
      <input type="hidden" name="attended" value={attended ? "false" : "true"} />
      <button
        type="submit"
        disabled={pending}
        aria-label={t(attended ? "undo" : "markAttended", { name })}
        className={`min-h-12 min-w-28 rounded-md px-4 py-2 text-base font-semibold disabled:opacity-60 ${attended ? "border border-stone-300 bg-white text-stone-700" : "bg-brand-700 text-white hover:bg-brand-800"}`}
      >
        {t(attended ? "undoLabel" : "checkInLabel")}
      </button>
    </form>
  );
}
