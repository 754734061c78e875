import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

export type EventCardData = {
  id: string;
  title: string;
  format: "ONLINE" | "VENUE";
  venueName: string | null;
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  capacity: number | null;
  status: "DRAFT" | "PUBLISHED" | "CANCELLED";
  seatsTaken: number;
  myStatus: "GOING" | "WAITLISTED" | "NOT_GOING" | "CANCELLED" | null;
  cover: { version: string } | null;
};

/** One event in the portal's list: cover, date, place, seats and my answer. */
export function EventCard({ tenant, event }: { tenant: string; event: EventCardData }) {
  const t = useTranslations("events");
  const format = useFormatter();
  const full = event.capacity !== null && event.seatsTaken >= event.capacity;
  const past = event.endsAt < new Date();
  return (
    <li className="overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm">
      <Link href={`/${tenant}/events/${event.id}`} className="flex flex-col sm:flex-row">
        <div className="h-28 w-full shrink-0 bg-gradient-to-br from-brand-100 to-stone-200 sm:aspect-[1200/630] sm:h-auto sm:w-56">
          {event.cover ? (
            // eslint-disable-next-line @next/next/no-img-element -- a private, per-member image: no optimiser cache
            <img src={`/${tenant}/events/${event.id}/cover?v=${event.cover.version}`} alt="" className="h-full w-full object-cover" />
          ) : null}
        </div>
        <div className="flex flex-1 flex-col gap-1 p-4">
          <p className="text-sm font-semibold text-brand-800">
            {format.dateTime(event.startsAt, { timeZone: event.timezone, dateStyle: "medium", timeStyle: "short" })}
          </p>
          <h2 className="text-lg font-bold text-stone-900">{event.title}</h2>
          <p className="text-sm text-stone-700">{event.format === "ONLINE" ? t("list.online") : event.venueName}</p>
          <div className="mt-auto flex flex-wrap gap-2 pt-2 text-xs">
            {event.status === "CANCELLED" ? <span className="rounded bg-red-100 px-2 py-0.5 font-semibold text-red-800">{t("list.cancelled")}</span> : null}
            {event.myStatus === "GOING" || event.myStatus === "WAITLISTED" ? (
              <span className="rounded bg-emerald-100 px-2 py-0.5 font-semibold text-emerald-800">{t(`status.${event.myStatus}`)}</span>
            ) : null}
            {event.status === "PUBLISHED" && full && !past ? <span className="rounded bg-amber-100 px-2 py-0.5 font-semibold text-amber-900">{t("list.full")}</span> : null}
            {event.status !== "CANCELLED" ? (
              <span className="rounded bg-stone-100 px-2 py-0.5 text-stone-700">
                {past
                  ? t("list.seatsPast", { taken: event.seatsTaken })
                  : event.capacity !== null
                    ? t("list.seats", { taken: event.seatsTaken, capacity: event.capacity })
                    : t("list.seatsUnlimited", { taken: event.seatsTaken })}
              </span>
            ) : null}
          </div>
        </div>
      </Link>
    </li>
  );
}
