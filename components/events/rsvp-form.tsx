"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { cancelRsvpAction, rsvpAction } from "@/lib/actions/event-rsvp";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import type { EventQuestion } from "@/lib/events/questions";

type Props = {
  tenant: string;
  eventId: string;
  maxGuests: number;
  questions: EventQuestion[];
  mine: { status: string; guests: number; answers: Record<string, string> } | null;
};

/** Going or not going, with guests and the organisers' questions; and, for someone holding a place, cancel. */
export function RsvpForm({ tenant, eventId, maxGuests, questions, mine }: Props) {
  const t = useTranslations("events.rsvp");
  const [state, action, pending] = useActionState(rsvpAction, null);
  const [cancelState, cancel, cancelling] = useActionState(cancelRsvpAction, null);
  const failed = state && !state.ok ? state : null;
  const holding = mine?.status === "GOING" || mine?.status === "WAITLISTED";
  const current = mine?.status === "NOT_GOING" ? "NOT_GOING" : "GOING";
  return (
    <div className="flex flex-col gap-4">
      <form action={action} className="flex flex-col gap-4" noValidate>
        <input type="hidden" name="tenant" value={tenant} />
        <input type="hidden" name="eventId" value={eventId} />
        <FormAlert message={failed?.error} />
        <FormAlert tone="success" message={state?.ok ? state.message : cancelState?.ok ? cancelState.message : undefined} />
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium text-stone-800">{t("response")}</legend>
          <div className="flex flex-wrap gap-3">
            {(["GOING", "NOT_GOING"] as const).map((value) => (
              <label key={value} className="flex min-h-11 items-center gap-2 rounded-md border border-stone-300 bg-white px-4 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                <input type="radio" name="response" value={value} defaultChecked={value === current} />
                {t(value === "GOING" ? "going" : "notGoing")}
              </label>
            ))}
          </div>
        </fieldset>
        {maxGuests > 0 ? (
          <Field
            label={t("guests")}
            name="guests"
            type="number"
            min={0}
            max={maxGuests}
            inputMode="numeric"
            defaultValue={failed?.values?.guests ?? String(mine?.guests ?? 0)}
            hint={t("guestsHint", { count: maxGuests })}
            error={failed?.fieldErrors?.guests}
            className="max-w-40"
          />
        ) : null}
        {questions.length ? (
          <fieldset className="flex flex-col gap-3">
            <legend className="text-sm font-semibold text-stone-800">{t("questions")}</legend>
            {questions.map((q) => (
              <Field
                key={q.id}
                label={q.required ? `${q.label}${t("required")}` : q.label}
                name={q.id}
                required={q.required}
                defaultValue={failed?.values?.[q.id] ?? mine?.answers[q.id] ?? ""}
                error={failed?.fieldErrors?.[q.id]}
              />
            ))}
          </fieldset>
        ) : null}
        <div>
          <Button type="submit" disabled={pending}>{holding ? t("update") : t("submit")}</Button>
        </div>
      </form>
      {holding ? (
        <form
          action={cancel}
          onSubmit={(event) => {
            if (!window.confirm(t("cancelConfirm"))) {
              event.preventDefault();
            }
          }}
        >
          <input type="hidden" name="tenant" value={tenant} />
          <input type="hidden" name="eventId" value={eventId} />
          <FormAlert message={cancelState && !cancelState.ok ? cancelState.error : undefined} />
          <Button type="submit" variant="secondary" disabled={cancelling}>{t("cancel")}</Button>
        </form>
      ) : null}
    </div>
  );
}
