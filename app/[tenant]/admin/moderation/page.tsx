import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReportActions } from "@/components/moderation/report-actions";
import { listReports } from "@/lib/inbox/reports";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ show?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "alumni.manage");
  return { title: (await getTranslations("moderation"))("title") };
}

/**
 * Reports of direct messages (decisions/022). Staff see the reported message as copied into the report, who
 * reported it and who wrote it — never the conversation — and dismiss it or suspend the writer.
 */
export default async function ModerationPage({ params, searchParams }: Props) {
  const [{ tenant }, { show }] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant, "alumni.manage");
  const filter = show === "closed" ? "CLOSED" : "OPEN";
  const [t, tr, format, reports] = await Promise.all([getTranslations("moderation"), getTranslations("inbox.direct.report"), getFormatter(), listReports(context, filter)]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: context.tenant.timezone });
  const tab = (active: boolean) => `rounded px-3 py-1 text-sm ${active ? "bg-stone-900 font-semibold text-white" : "bg-white text-stone-700 hover:bg-stone-100"}`;
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
        <p className="mt-1 max-w-2xl text-stone-700">{t("lead")}</p>
      </div>
      <nav className="flex gap-2" aria-label={t("title")}>
        <Link href={`/${tenant}/admin/moderation`} className={tab(filter === "OPEN")} aria-current={filter === "OPEN" ? "page" : undefined}>{t("open")}</Link>
        <Link href={`/${tenant}/admin/moderation?show=closed`} className={tab(filter === "CLOSED")} aria-current={filter === "CLOSED" ? "page" : undefined}>{t("closed")}</Link>
      </nav>
      {reports.length ? (
        <ul className="flex flex-col gap-4">
          {reports.map((r) => (
            <li key={r.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
              <article className="flex flex-col gap-3" aria-label={tr(`reasons.${r.reason}`)}>
                <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                  <dt className="text-stone-600">{t("reason")}</dt>
                  <dd className="font-semibold text-stone-900">{tr(`reasons.${r.reason}`)}</dd>
                  <dt className="text-stone-600">{t("reported")}</dt>
                  <dd className="text-stone-900">
                    {r.reportedName}
                    {r.reportedStatus === "SUSPENDED" ? <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-800">{t("memberSuspended")}</span> : null}
                  </dd>
                  <dt className="text-stone-600">{t("reporter")}</dt>
                  <dd className="text-stone-900">{r.reporterName}</dd>
                  {r.note ? (
                    <>
                      <dt className="text-stone-600">{t("note")}</dt>
                      <dd className="break-words whitespace-pre-wrap text-stone-900">{r.note}</dd>
                    </>
                  ) : null}
                </dl>
                <blockquote className="rounded-md border-l-4 border-stone-300 bg-stone-50 p-3">
                  <p className="break-words whitespace-pre-wrap text-stone-900">{r.body}</p>
                  <footer className="mt-1 text-xs text-stone-600">{t("sentAt", { date: when(r.messageAt) })} · {t("reportedAt", { date: when(r.createdAt) })}</footer>
                </blockquote>
                {r.status === "OPEN" ? (
                  <ReportActions tenant={tenant} reportId={r.id} name={r.reportedName} canSuspend={r.reportedStatus === "ACTIVE"} />
                ) : (
                  <p className="text-sm text-stone-700">{t(`status.${r.status}`)}{r.resolvedAt ? ` · ${when(r.resolvedAt)}` : ""}</p>
                )}
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("empty")}</p>
      )}
    </div>
  );
}
