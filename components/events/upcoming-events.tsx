import Link from "next/link";
import { useTranslations } from "next-intl";
import { EventCard, type EventCardData } from "./event-card";

/** The portal home's next few events, with a link to all of them; nothing when none is coming up. */
export function UpcomingEvents({ tenant, events }: { tenant: string; events: EventCardData[] }) {
  const t = useTranslations("events.home");
  if (!events.length) {
    return null;
  }
  return (
    <section aria-labelledby="upcoming-events" className="mt-10">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="upcoming-events" className="text-lg font-semibold">{t("title")}</h2>
        <Link href={`/${tenant}/events`} className="text-sm text-brand-800 underline">{t("all")}</Link>
      </div>
      <ul className="mt-3 flex flex-col gap-3">
        {events.map((event) => (
          <EventCard key={event.id} tenant={tenant} event={event} />
        ))}
      </ul>
    </section>
  );
}
