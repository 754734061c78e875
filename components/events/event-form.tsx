"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { saveEventAction } from "@/lib/actions/events";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { QUESTION_SLOTS } from "@/lib/events/questions";

/** The form's values as strings (times as datetime-local values in the company's timezone). */
export type EventFormValues = Partial<Record<string, string>> & { format?: "ONLINE" | "VENUE" };

type Props = { tenant: string; timeZone: string; initial: EventFormValues; hasCover: boolean; copyCoverFrom?: string; segments: { id: string; name: string }[] };

const inputClass = "rounded-md border border-stone-300 bg-white px-3 py-2 text-base";

/** Creates or edits an event. Online events get a join URL, venue events an address; the rest is shared. */
export function EventForm({ tenant, timeZone, initial, hasCover, copyCoverFrom, segments }: Props) {
  const t = useTranslations("events.form");
  const [state, action, pending] = useActionState(saveEventAction, null);
  const failed = state && !state.ok ? state : null;
  const value = (field: string) => failed?.values?.[field] ?? initial[field] ?? "";
  const [format, setFormat] = useState<"ONLINE" | "VENUE">((failed?.values?.format as "ONLINE" | "VENUE") ?? initial.format ?? "VENUE");
  const error = (field: string) => failed?.fieldErrors?.[field];
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {copyCoverFrom ? <input type="hidden" name="copyCoverFrom" value={copyCoverFrom} /> : null}
      <FormAlert message={failed?.error ?? (failed?.fieldErrors?._form)} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <Field label={t("title")} name="title" required maxLength={200} defaultValue={value("title")} error={error("title")} />
      <div className="flex flex-col gap-1">
        <label htmlFor="event-description" className="text-sm font-medium text-stone-800">{t("description")}</label>
        <textarea id="event-description" name="description" rows={8} maxLength={20000} defaultValue={value("description")} aria-describedby="event-description-hint" className={inputClass} />
        <p id="event-description-hint" className="text-xs text-stone-600">{t("descriptionHint")}</p>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-stone-800">{t("format")}</legend>
        <div className="flex flex-wrap gap-3">
          {(["VENUE", "ONLINE"] as const).map((f) => (
            <label key={f} className="flex items-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              {t(f === "VENUE" ? "formatVenue" : "formatOnline")}
            </label>
          ))}
        </div>
      </fieldset>
      {format === "ONLINE" ? (
        <Field label={t("joinUrl")} name="joinUrl" type="url" defaultValue={value("joinUrl")} hint={t("joinUrlHint")} error={error("joinUrl")} />
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("venueName")} name="venueName" defaultValue={value("venueName")} error={error("venueName")} />
          <Field label={t("venueAddress")} name="venueAddress" defaultValue={value("venueAddress")} error={error("venueAddress")} />
          <Field label={t("mapUrl")} name="mapUrl" type="url" defaultValue={value("mapUrl")} hint={t("mapUrlHint")} error={error("mapUrl")} className="sm:col-span-2" />
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("startsAt")} name="startsAt" type="datetime-local" required defaultValue={value("startsAt")} hint={t("timezoneHint", { zone: timeZone })} error={error("startsAt")} />
        <Field label={t("endsAt")} name="endsAt" type="datetime-local" required defaultValue={value("endsAt")} error={error("endsAt")} />
        <Field label={t("registrationDeadline")} name="registrationDeadline" type="datetime-local" defaultValue={value("registrationDeadline")} hint={t("deadlineHint")} error={error("registrationDeadline")} />
        <Field label={t("capacity")} name="capacity" type="number" min={1} inputMode="numeric" defaultValue={value("capacity")} hint={t("capacityHint")} error={error("capacity")} />
        <Field label={t("maxGuests")} name="maxGuests" type="number" min={0} max={10} inputMode="numeric" defaultValue={value("maxGuests") || "0"} hint={t("maxGuestsHint")} error={error("maxGuests")} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="event-audience" className="text-sm font-medium text-stone-800">{t("audience")}</label>
        <select id="event-audience" name="segmentId" defaultValue={value("segmentId")} aria-describedby="event-audience-hint" aria-invalid={error("segmentId") ? true : undefined} className={inputClass}>
          <option value="">{t("audienceEveryone")}</option>
          {segments.map((s) => (
            <option key={s.id} value={s.id}>{s.name}</option>
          ))}
        </select>
        <p id="event-audience-hint" className="text-xs text-stone-600">{t("audienceHint")}</p>
        {error("segmentId") ? <p className="text-sm text-red-700" role="alert">{error("segmentId")}</p> : null}
      </div>
      <fieldset className="flex flex-col gap-3 rounded-lg border border-stone-200 p-4">
        <legend className="px-1 text-sm font-semibold text-stone-800">{t("questions")}</legend>
        <p className="text-xs text-stone-600">{t("questionsHint")}</p>
        {QUESTION_SLOTS.map((slot, i) => (
          <div key={slot} className="flex flex-col gap-2 sm:flex-row sm:items-end">
            <Field label={t("question", { n: i + 1 })} name={slot} maxLength={200} defaultValue={value(slot)} error={error(slot)} className="flex-1" />
            <label className="flex items-center gap-2 pb-2 text-sm">
              <input type="checkbox" name={`${slot}Required`} defaultChecked={value(`${slot}Required`) === "on"} />
              {t("questionRequired")}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="event-cover" className="text-sm font-medium text-stone-800">{t("cover")}</label>
        <input id="event-cover" name="cover" type="file" accept="image/jpeg,image/png,image/webp,image/gif" aria-describedby="event-cover-hint" className="text-sm" />
        <p id="event-cover-hint" className="text-xs text-stone-600">{t("coverHint")}</p>
        {error("cover") ? <p role="alert" className="text-sm text-red-700">{error("cover")}</p> : null}
        {hasCover && initial.id ? (
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="checkbox" name="removeCover" />
            {t("removeCover")}
          </label>
        ) : null}
      </div>
      <div>
        <Button type="submit" disabled={pending}>{initial.id ? t("save") : t("create")}</Button>
      </div>
    </form>
  );
}
