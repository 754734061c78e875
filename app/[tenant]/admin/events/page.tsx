import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { listEventsForAdmin } from "@/lib/events/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "events.manage");
  return { title: (await getTranslations("events.admin"))("title") };
}

const STATUS_STYLE = { DRAFT: "bg-stone-200 text-stone-800", PUBLISHED: "bg-emerald-100 text-emerald-800", CANCELLED: "bg-red-100 text-red-800" } as const;

export default async function AdminEventsPage({ params }: Props) {
  const { tenant } = await params;
  const context = await requireTenantPage(tenant, "events.manage");
  const [t, ts, format, events] = await Promise.all([getTranslations("events.admin"), getTranslations("events.eventStatus"), getFormatter(), listEventsForAdmin(context)]);
  const percent = (rate: number) => format.number(rate, { style: "percent", maximumFractionDigits: 0 });
  const now = new Date();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-stone-700">{t("lead")}</p>
        </div>
        <Link href={`/${tenant}/admin/events/new`} className={buttonClasses()}>{t("new")}</Link>
      </div>
      {events.length ? (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="bg-stone-100 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2">{t("columns.title")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.date")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.status")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("columns.seats")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("columns.waitlist")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("columns.attendance")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} className="border-t border-stone-200">
                  <td className="px-3 py-2">
                    <Link href={`/${tenant}/admin/events/${event.id}`} className="font-semibold text-brand-800 underline">{event.title}</Link>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(event.startsAt, { timeZone: event.timezone, dateStyle: "medium", timeStyle: "short" })}</td>
                  <td className="px-3 py-2"><span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[event.status]}`}>{ts(event.status)}</span></td>
                  <td className="px-3 py-2 text-right tabular-nums">{event.seatsTaken} / {event.capacity ?? t("unlimited")}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{event.waitlisted}</td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {event.attendanceRate !== null && (event.startsAt <= now || event.attended > 0) ? t("rate", { rate: percent(event.attendanceRate), attended: event.attended, going: event.going }) : t("none")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("empty")}</p>
      )}
    </div>
  );
}
