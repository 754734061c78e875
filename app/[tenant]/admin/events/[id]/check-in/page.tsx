import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CheckInButton } from "@/components/events/check-in-button";
import { registrantsForCheckIn } from "@/lib/events/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<{ q?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "events.manage");
  return { title: (await getTranslations("events.admin"))("checkIn") };
}

/** The door: made for a phone — search by name (kanji, kana or romaji), one large button per person. */
export default async function CheckInPage({ params, searchParams }: Props) {
  const [{ tenant, id }, { q = "" }] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant, "events.manage");
  const door = await registrantsForCheckIn(context, id, q.slice(0, 100));
  if (!door) {
    notFound();
  }
  const t = await getTranslations("events.checkIn");
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <Link href={`/${tenant}/admin/events/${id}`} className="text-sm text-brand-800 underline">← {t("back")}</Link>
      <h1 className="text-xl font-bold">{t("title", { title: door.event.title })}</h1>
      <p role="status" className="text-lg font-semibold tabular-nums">{t("counts", { attended: door.attended, total: door.total })}</p>
      <form role="search" className="flex gap-2">
        <label htmlFor="check-in-search" className="sr-only">{t("search")}</label>
        <input id="check-in-search" name="q" type="search" defaultValue={q} placeholder={t("search")} autoComplete="off" className="min-h-12 flex-1 rounded-md border border-stone-300 bg-white px-3 text-base" />
        <button type="submit" className="min-h-12 rounded-md bg-stone-800 px-4 font-semibold text-white">{t("searchButton")}</button>
      </form>
      {door.registrants.length ? (
        <ul className="flex flex-col divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {door.registrants.map((r) => (
            <li key={r.id} className="flex items-center justify-between gap-3 px-4 py-3">
              <div>
                <p className="text-base font-semibold">{r.name}</p>
                <p className="text-sm text-stone-600">
                  {r.nameKana}
                  {r.guests ? ` +${r.guests}` : ""}
                  {r.attendedAt ? <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-800">{t("attended")}</span> : null}
                </p>
              </div>
              <CheckInButton tenant={tenant} eventId={id} registrationId={r.id} name={r.name} attended={Boolean(r.attendedAt)} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-stone-700">{t("none")}</p>
      )}
    </div>
  );
}
