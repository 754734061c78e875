import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/invitations/invite-form";
import { RosterEntryForm } from "@/components/roster/roster-entry-form";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { Stat } from "@/components/ui/stat";
import { invitationState } from "@/lib/invitations/state";
import { ROSTER_TABLE_COLUMNS } from "@/lib/roster/columns";
import { getRosterImport, listRoster, rosterCounts } from "@/lib/roster/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

const STATE_STYLES = {
  joined: "bg-emerald-100 text-emerald-800",
  invited: "bg-sky-100 text-sky-800",
  scheduled: "bg-violet-100 text-violet-800",
  expired: "bg-amber-100 text-amber-900",
  bounced: "bg-red-100 text-red-800",
  notInvited: "bg-stone-100 text-stone-700",
} as const;

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ q?: string; after?: string; imported?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "roster.manage");
  return { title: (await getTranslations("roster"))("title") };
}

export default async function RosterPage({ params, searchParams }: Props) {
  const [{ tenant }, { q, after, imported }] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant, "roster.manage");
  const [t, ti, format, page, counts, finished] = await Promise.all([
    getTranslations("roster"),
    getTranslations("invitations"),
    getFormatter(),
    listRoster(context, { q, after }),
    rosterCounts(context, q),
    imported ? getRosterImport(context, imported) : null,
  ]);
  const day = (d: Date | null) => (d ? format.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" }) : "");
  const base = `/${tenant}/admin/roster`;
  const rate = counts.total ? Math.round((counts.joined / counts.total) * 1000) / 10 : 0;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <div className="flex flex-wrap gap-2">
          <Link href={`${base}/import`} className={buttonClasses("primary")}>{t("importCsv")}</Link>
          <a href={`${base}/export`} download className={buttonClasses("secondary")}>{t("exportCsv")}</a>
        </div>
      </div>
      {finished?.status === "DONE" ? (
        <FormAlert tone="success" message={t("importDone", { created: finished.created, updated: finished.updated, unchanged: finished.unchanged, skipped: finished.skipped })} />
      ) : null}
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-3">
        <Stat label={t("total")} value={format.number(counts.total)} />
        <Stat label={t("joined")} value={format.number(counts.joined)} hint={t("registrationRate", { rate })} />
      </dl>

      <form role="search" className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="roster-q" className="text-sm font-medium">{t("search")}</label>
          <input id="roster-q" name="q" defaultValue={q} placeholder={t("searchHint")} className="w-72 max-w-full rounded-md border border-stone-300 bg-white px-3 py-2" />
        </div>
        <button type="submit" className={buttonClasses("secondary")}>{t("searchSubmit")}</button>
        {q ? <Link href={base} className={buttonClasses("ghost")}>{t("clear")}</Link> : null}
      </form>

      {counts.total === 0 ? (
        <Card>
          <h2 className="font-semibold">{t("emptyTitle")}</h2>
          <p className="mt-1 text-stone-600">{t("emptyLead")}</p>
        </Card>
      ) : page.entries.length === 0 ? (
        <p className="text-stone-600">{t("noMatch", { q: q ?? "" })}</p>
      ) : (
        <InviteForm tenant={tenant}>
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="bg-stone-100 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2"><span className="sr-only">{ti("invite")}</span></th>
                {ROSTER_TABLE_COLUMNS.map((c) => (
                  <th key={c} scope="col" className="px-3 py-2 whitespace-nowrap">{t(`columns.${c}`)}</th>
                ))}
                <th scope="col" className="px-3 py-2">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {page.entries.map((e) => {
                const state = invitationState(e, e.invitations[0] ?? null);
                return (
                <tr key={e.id} className="border-t border-stone-200">
                  <td className="px-3 py-2">
                    {state === "joined" ? null : <input type="checkbox" name="entryIds" value={e.id} aria-label={ti("select", { name: e.name })} className="h-4 w-4" />}
                  </td>
                  <td className="px-3 py-2 tabular-nums">{e.employeeNumber}</td>
                  <td className="px-3 py-2">
                    <Link href={`${base}/entries/${e.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">{e.name}</Link>
                    {e.nameKana ? <span className="block text-xs text-stone-500">{e.nameKana}</span> : null}
                  </td>
                  <td className="px-3 py-2">{e.email}</td>
                  <td className="px-3 py-2">{e.department}</td>
                  <td className="px-3 py-2 tabular-nums">{day(e.joinedOn)}</td>
                  <td className="px-3 py-2 tabular-nums">{day(e.leftOn)}</td>
                  <td className="px-3 py-2">
                    <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs ${STATE_STYLES[state]}`}>{ti(`states.${state}`)}</span>
                  </td>
                </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        </InviteForm>
      )}
      <nav aria-label={t("pages")} className="flex justify-between text-sm">
        <span className="text-stone-600">{counts.matching !== null ? t("matching", { count: counts.matching }) : null}</span>
        {page.nextAfter ? (
          <Link href={`${base}?${new URLSearchParams({ ...(q ? { q } : {}), after: page.nextAfter })}`} className={buttonClasses("secondary")}>{t("next")}</Link>
        ) : null}
      </nav>

      <details className="rounded-lg border border-stone-200 bg-white p-4">
        <summary className="cursor-pointer font-semibold">{t("addByHand")}</summary>
        <div className="mt-4">
          <RosterEntryForm tenant={tenant} />
        </div>
      </details>
    </div>
  );
}
