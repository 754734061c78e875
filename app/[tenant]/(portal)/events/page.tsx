import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EventCard } from "@/components/events/event-card";
import { listEventsForMember, type EventListView } from "@/lib/events/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ view?: string }> };

const VIEWS: EventListView[] = ["upcoming", "past", "mine"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant);
  return { title: (await getTranslations("events.list"))("title") };
}

export default async function EventsPage({ params, searchParams }: Props) {
  const [{ tenant }, { view: asked }] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant);
  const view = VIEWS.find((v) => v === asked) ?? "upcoming";
  const [t, events] = await Promise.all([getTranslations("events.list"), listEventsForMember(context, view)]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("lead")}</p>
      </div>
      <nav aria-label={t("title")} className="flex gap-1 border-b border-stone-200">
        {VIEWS.map((v) => (
          <Link
            key={v}
            href={`/${tenant}/events${v === "upcoming" ? "" : `?view=${v}`}`}
            aria-current={v === view ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${v === view ? "border-brand-700 text-stone-900" : "border-transparent text-stone-600 hover:text-stone-900"}`}
          >
            {t(`tabs.${v}`)}
          </Link>
        ))}
      </nav>
      {events.length ? (
        <ul className="flex flex-col gap-4">
          {events.map((event) => (
            <EventCard key={event.id} tenant={tenant} event={event} />
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t(`empty.${view}`)}</p>
      )}
    </div>
  );
}
