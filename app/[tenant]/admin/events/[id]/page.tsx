import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EventStatusButtons } from "@/components/events/status-buttons";
import { FormAlert } from "@/components/ui/form-alert";
import { buttonClasses } from "@/components/ui/button";
import { Stat } from "@/components/ui/stat";
import { formatEventRange } from "@/lib/events/format";
import { answersOf } from "@/lib/events/questions";
import { getEventForAdmin, type Registrant } from "@/lib/events/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tenant, id } = await params;
  const event = await getEventForAdmin(await requireTenantPage(tenant, "events.manage"), id);
  return { title: event?.title };
}

export default async function AdminEventPage({ params, searchParams }: Props) {
  const [{ tenant, id }, { created }] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant, "events.manage");
  const event = await getEventForAdmin(context, id);
  if (!event) {
    notFound();
  }
  const [t, ts, tr, tf, format, locale] = await Promise.all([
    getTranslations("events.admin"),
    getTranslations("events.eventStatus"),
    getTranslations("events.status"),
    getTranslations("events.form"),
    getFormatter(),
    getLocale(),
  ]);
  const base = `/${tenant}/admin/events/${id}`;
  const going = event.registrants.filter((r) => r.status === "GOING");
  const waiting = event.registrants.filter((r) => r.status === "WAITLISTED");
  const others = event.registrants.filter((r) => r.status === "NOT_GOING" || r.status === "CANCELLED");
  const when = (d: Date) => format.dateTime(d, { timeZone: event.timezone, dateStyle: "short", timeStyle: "short" });
  const answers = (r: Registrant) => {
    const given = answersOf(r.answers);
    return event.questions.filter((q) => given[q.id]).map((q) => `${q.label}: ${given[q.id]}`).join(" / ");
  };
  const table = (rows: Registrant[], caption: string, extra: "going" | "waiting" | "other") => (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="px-3 py-2 text-left font-semibold text-stone-800">{caption} ({rows.length})</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2">{t("name")}</th>
            <th scope="col" className="px-3 py-2">{t("respondedAt")}</th>
            {extra === "other" ? <th scope="col" className="px-3 py-2">{t("columns.status")}</th> : <th scope="col" className="px-3 py-2">{t("answers")}</th>}
            {extra === "going" ? <th scope="col" className="px-3 py-2">{t("attendedAt")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.id} className="border-t border-stone-200">
              <td className="px-3 py-2">
                {extra === "waiting" ? <span className="mr-2 text-stone-500 tabular-nums">{i + 1}.</span> : null}
                {r.name}
                {r.guests ? <span className="ml-1 text-stone-600">{t("guests", { count: r.guests })}</span> : null}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{when(r.respondedAt)}</td>
              {extra === "other" ? <td className="px-3 py-2">{tr(r.status)}</td> : <td className="px-3 py-2">{answers(r)}</td>}
              {extra === "going" ? <td className="px-3 py-2 whitespace-nowrap">{r.attendedAt ? when(r.attendedAt) : ""}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/${tenant}/admin/events`} className="text-sm text-brand-800 underline">← {t("title")}</Link>
      {created ? <FormAlert tone="success" message={tf("created")} /> : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm font-semibold text-stone-600">{ts(event.status)}</p>
          <h1 className="text-2xl font-bold">{event.title}</h1>
          <p className="mt-1 text-stone-700">{formatEventRange(event.startsAt, event.endsAt, event.timezone, locale)}</p>
          <p className="text-stone-700">{event.format === "ONLINE" ? tf("formatOnline") : [event.venueName, event.venueAddress].filter(Boolean).join(" / ")}</p>
          <p className="text-sm text-stone-600">{t("audience")}: {t("audienceEveryone")}</p>
        </div>
        <EventStatusButtons tenant={tenant} eventId={event.id} status={event.status} />
      </div>
      <nav className="flex flex-wrap gap-2" aria-label={event.title}>
        <Link href={`${base}/edit`} className={buttonClasses("secondary")}>{t("edit")}</Link>
        <Link href={`/${tenant}/admin/events/new?from=${event.id}`} className={buttonClasses("secondary")}>{t("duplicate")}</Link>
        <Link href={`${base}/check-in`} className={buttonClasses("secondary")}>{t("checkIn")}</Link>
        <a href={`${base}/export`} className={buttonClasses("secondary")} download>{t("export")}</a>
        {context.permissions.has("broadcast.draft") && event.status === "PUBLISHED" ? (
          <Link href={`/${tenant}/admin/broadcasts/new?event=${event.id}`} className={buttonClasses("secondary")} title={(await getTranslations("templates"))("inviteByAnnouncementHint")}>
            {(await getTranslations("templates"))("inviteByAnnouncement")}
          </Link>
        ) : null}
        <Link href={`/${tenant}/events/${event.id}`} className={buttonClasses("ghost")}>{t("preview")}</Link>
      </nav>
      <dl className="grid gap-4 sm:grid-cols-3">
        <Stat label={t("seatsTaken")} value={`${event.seatsTaken} / ${event.capacity ?? t("unlimited")}`} />
        <Stat label={t("waitlist")} value={String(waiting.length)} />
        <Stat
          label={t("attendanceRate")}
          value={event.attendanceRate === null || (event.startsAt > new Date() && event.attended === 0) ? t("none") : t("rate", { rate: format.number(event.attendanceRate, { style: "percent", maximumFractionDigits: 0 }), attended: event.attended, going: going.length })}
        />
      </dl>
      <section aria-label={t("registrants")} className="flex flex-col gap-4">
        <h2 className="text-lg font-bold">{t("registrants")}</h2>
        {event.registrants.length === 0 ? <p className="text-stone-700">{t("noRegistrants")}</p> : null}
        {going.length ? table(going, tr("GOING"), "going") : null}
        {waiting.length ? table(waiting, tr("WAITLISTED"), "waiting") : null}
        {others.length ? table(others, `${tr("NOT_GOING")} / ${tr("CANCELLED")}`, "other") : null}
      </section>
    </div>
  );
}
