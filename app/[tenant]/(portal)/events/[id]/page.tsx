import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/markdown";
import { RsvpForm } from "@/components/events/rsvp-form";
import { Card } from "@/components/ui/card";
import { answersOf } from "@/lib/events/questions";
import { calendarEventForMember, calendarLinksFor } from "@/lib/events/calendar-file";
import { formatEventDate, formatEventRange, mapLinkFor } from "@/lib/events/format";
import { getEventForMember } from "@/lib/events/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tenant, id } = await params;
  const event = await getEventForMember(await requireTenantPage(tenant), id);
  return { title: event?.title };
}

export default async function EventPage({ params }: Props) {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant);
  const event = await getEventForMember(context, id);
  if (!event) {
    notFound();
  }
  const [t, locale, calendarEvent] = await Promise.all([getTranslations("events"), getLocale(), calendarEventForMember(context, id)]);
  const now = new Date();
  const open = event.status === "PUBLISHED" && now <= (event.registrationDeadline ?? event.startsAt);
  const left = event.capacity === null ? null : Math.max(0, event.capacity - event.seatsTaken);
  const links = calendarEvent ? calendarLinksFor(calendarEvent) : null;
  const mapUrl = event.mapUrl ?? (event.venueAddress ? mapLinkFor(event.venueAddress) : null);
  return (
    <article className="flex flex-col gap-6">
      <Link href={`/${tenant}/events`} className="text-sm text-brand-800 underline">← {t("page.back")}</Link>
      {event.cover ? (
        // eslint-disable-next-line @next/next/no-img-element -- a private, per-member image: no optimiser cache
        <img src={`/${tenant}/events/${event.id}/cover?v=${event.cover.version}`} alt="" className="aspect-[1200/630] max-h-80 w-full rounded-lg object-cover" />
      ) : null}
      <h1 className="text-2xl font-bold text-stone-900 sm:text-3xl">{event.title}</h1>
      {event.status === "CANCELLED" ? <p role="status" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 font-semibold text-red-800">{t("page.cancelledNotice")}</p> : null}
      {event.status === "DRAFT" ? <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">{t("page.draftNotice")}</p> : null}
      <div className="grid gap-6 md:grid-cols-[1fr_20rem]">
        <div className="flex flex-col gap-6">
          <dl className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-[6rem_1fr]">
            <dt className="font-semibold text-stone-700">{t("page.when")}</dt>
            <dd>{formatEventRange(event.startsAt, event.endsAt, event.timezone, locale)}</dd>
            <dt className="font-semibold text-stone-700">{t("page.where")}</dt>
            <dd>
              {event.format === "ONLINE" ? (
                <>
                  <p>{t("page.online")}</p>
                  {event.joinUrl ? (
                    <a href={event.joinUrl} className="break-all text-brand-800 underline" rel="noopener noreferrer" target="_blank">{t("page.joinUrl")}: {event.joinUrl}</a>
                  ) : (
                    <p className="text-sm text-stone-600">{t("page.joinUrlHidden")}</p>
                  )}
                </>
              ) : (
                <>
                  <p>{event.venueName}</p>
                  <p className="text-stone-700">{event.venueAddress}</p>
                  {mapUrl ? <a href={mapUrl} className="text-brand-800 underline" rel="noopener noreferrer" target="_blank">{t("page.map")}</a> : null}
                </>
              )}
            </dd>
          </dl>
          {event.description ? (
            <section aria-labelledby="about">
              <h2 id="about" className="mb-2 text-lg font-bold">{t("page.about")}</h2>
              <Markdown source={event.description} />
            </section>
          ) : null}
        </div>
        <Card className="flex h-fit flex-col gap-4 p-5">
          <h2 className="text-lg font-bold">{t("rsvp.title")}</h2>
          <p className="text-sm text-stone-700">
            {left === null || event.mine?.status === "GOING" ? t("page.going", { count: event.seatsTaken }) : left > 0 ? t("page.seatsLeft", { count: left }) : t("page.full")}
          </p>
          {event.registrationDeadline ? <p className="text-sm text-stone-700">{t("page.deadline", { date: formatEventDate(event.registrationDeadline, event.timezone, locale) })}</p> : null}
          {event.mine ? (
            <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm font-semibold text-emerald-900">
              {t(`page.yourStatus.${event.mine.status}`, { position: event.waitlistPosition ?? 0 })}
              {event.mine.status === "GOING" && event.mine.guests ? ` (${t("page.withGuests", { count: event.mine.guests })})` : ""}
            </p>
          ) : null}
          {links ? (
            <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
              <span className="font-medium">{t("page.addToCalendar")}:</span>
              <a href={links.google} className="text-brand-800 underline" target="_blank" rel="noopener noreferrer">Google</a>
              <a href={links.outlook} className="text-brand-800 underline" target="_blank" rel="noopener noreferrer">Outlook</a>
              <a href={`/${tenant}/events/${event.id}/calendar`} className="text-brand-800 underline">{t("page.calendarFile")}</a>
            </p>
          ) : null}
          {open ? (
            <RsvpForm
              tenant={tenant}
              eventId={event.id}
              maxGuests={event.maxGuests}
              questions={event.questions}
              mine={event.mine ? { status: event.mine.status, guests: event.mine.guests, answers: answersOf(event.mine.answers) as Record<string, string> } : null}
            />
          ) : event.status === "PUBLISHED" ? (
            <p className="text-sm text-stone-700">{t("page.closed")}</p>
          ) : null}
        </Card>
      </div>
    </article>
  );
}
