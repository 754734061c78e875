import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ItemSubject } from "@/components/pipeline/item-label";
import { ReferralDecision } from "@/components/pipeline/referral-decision";
import { ReminderForm } from "@/components/pipeline/reminder-form";
import { listPipeline, staffNames, type PipelineItem } from "@/lib/opportunities/pipeline";
import { listReferrals } from "@/lib/opportunities/referrals";
import { reminderDaysOf } from "@/lib/opportunities/reminder-settings";
import { boomerangFigures } from "@/lib/opportunities/returns";
import { PIPELINE_STAGES } from "@/lib/opportunities/schema";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ view?: string; posting?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "pipeline.read");
  return { title: (await getTranslations("pipeline"))("title") };
}

export default async function PipelinePage({ params, searchParams }: Props) {
  const [{ tenant }, { view, posting }] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant, "pipeline.read");
  const [t, ts, format, items, owners, referrals, returns, reminderDays] = await Promise.all([
    getTranslations("pipeline"),
    getTranslations("pipeline.stage"),
    getFormatter(),
    listPipeline(context, { postingId: posting }),
    staffNames(context),
    listReferrals(context),
    boomerangFigures(context),
    reminderDaysOf(context),
  ]);
  const asTable = view === "table";
  const query = (v: string | null) => `/${tenant}/admin/pipeline?${new URLSearchParams({ ...(v ? { view: v } : {}), ...(posting ? { posting } : {}) })}`;
  const now = new Date();
  const since = (item: PipelineItem) => format.relativeTime(item.lastActivityAt, now);
  const canDecide = context.permissions.has("opportunities.manage");
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("lead", { days: reminderDays })}</p>
      </div>
      {canDecide ? (
        <details className="rounded-lg border border-stone-200 bg-white p-4 text-sm">
          <summary className="cursor-pointer font-semibold">{t("reminderSettings.title", { days: reminderDays })}</summary>
          <div className="mt-3">
            <ReminderForm tenant={tenant} days={reminderDays} />
          </div>
        </details>
      ) : null}
      {returns.byYear.length ? (
        <section aria-labelledby="returns" className="rounded-lg border border-stone-200 bg-white p-4 text-sm">
          <h2 id="returns" className="font-semibold">{t("returns.title")}</h2>
          <p className="mt-1 text-stone-700">
            {returns.byYear.map((r) => t("returns.year", { year: r.year, count: r.returns })).join(" · ")}
            {returns.medianMonthsAway !== null ? ` — ${t("returns.away", { months: returns.medianMonthsAway })}` : ""}
          </p>
        </section>
      ) : null}
      <nav aria-label={t("views")} className="flex gap-1 border-b border-stone-200">
        {([null, "table"] as const).map((v) => (
          <Link key={v ?? "board"} href={query(v)} aria-current={(v === "table") === asTable ? "page" : undefined} className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${(v === "table") === asTable ? "border-brand-700 text-stone-900" : "border-transparent text-stone-600"}`}>
            {t(v ? "table" : "board")}
          </Link>
        ))}
        {posting ? <Link href={`/${tenant}/admin/pipeline${asTable ? "?view=table" : ""}`} className="ml-auto px-3 py-2 text-sm text-brand-800 underline">{t("allPostings")}</Link> : null}
      </nav>
      {!items.length ? <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("empty")}</p> : null}
      {items.length && !asTable ? (
        <div className="grid gap-3 md:grid-cols-3 xl:grid-cols-6">
          {PIPELINE_STAGES.map((stage) => {
            const inStage = items.filter((i) => i.stage === stage);
            return (
              <section key={stage} aria-labelledby={`stage-${stage}`} className="flex flex-col gap-2 rounded-lg bg-stone-100 p-2">
                <h2 id={`stage-${stage}`} className="px-1 text-sm font-semibold text-stone-800">{ts(stage)} <span className="tabular-nums text-stone-600">({inStage.length})</span></h2>
                <ul className="flex flex-col gap-2">
                  {inStage.map((item) => (
                    <li key={item.id} className={`rounded-md border bg-white p-2 text-sm ${item.stale ? "border-amber-500 ring-1 ring-amber-400" : "border-stone-200"}`}>
                      <Link href={`/${tenant}/admin/pipeline/${item.id}`} className="font-semibold text-brand-800 underline">{item.name}</Link>
                      <p className="text-stone-700"><ItemSubject item={item} /></p>
                      <p className="text-xs text-stone-600">{item.ownerId ? owners.get(item.ownerId) : t("noOwner")} · {since(item)}</p>
                      {item.stale ? <p className="text-xs font-semibold text-amber-800">{t("stale")}</p> : null}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      ) : null}
      {items.length && asTable ? (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="bg-stone-100 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2">{t("columns.person")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.subject")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.stage")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.owner")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.lastActivity")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.since")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className={`border-t border-stone-200 ${item.stale ? "bg-amber-50" : ""}`}>
                  <td className="px-3 py-2"><Link href={`/${tenant}/admin/pipeline/${item.id}`} className="font-semibold text-brand-800 underline">{item.name}</Link></td>
                  <td className="px-3 py-2"><ItemSubject item={item} /></td>
                  <td className="px-3 py-2">{ts(item.stage)}{item.hiredAt ? ` · ${format.dateTime(item.hiredAt, { dateStyle: "medium", timeZone: "UTC" })}` : ""}</td>
                  <td className="px-3 py-2">{item.ownerId ? owners.get(item.ownerId) : t("noOwner")}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{since(item)}{item.stale ? ` · ${t("stale")}` : ""}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(item.createdAt, { dateStyle: "medium", timeZone: context.tenant.timezone })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <section aria-labelledby="referrals" className="flex flex-col gap-3">
        <h2 id="referrals" className="text-xl font-semibold">{t("referrals.title")}</h2>
        {referrals.length ? (
          <ul className="flex flex-col gap-2">
            {referrals.map((r) => (
              <li key={r.id} className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm">
                <div>
                  <p className="font-semibold">{r.name} &lt;{r.email}&gt;</p>
                  <p className="text-stone-700">{t("referrals.line", { referrer: r.referrerName, posting: r.posting.title })}</p>
                  {r.note ? <p className="mt-1 whitespace-pre-wrap text-stone-700">{r.note}</p> : null}
                </div>
                <ReferralDecision tenant={tenant} referralId={r.id} name={r.name} status={r.status} canDecide={canDecide} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-700">{t("referrals.empty")}</p>
        )}
      </section>
    </div>
  );
}
