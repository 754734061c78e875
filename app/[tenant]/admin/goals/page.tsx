import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { GoalStatusBadge } from "@/components/goals/goal-status-badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { isRate } from "@/lib/goals/metrics";
import { listGoals } from "@/lib/goals/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "analytics.view");
  return { title: (await getTranslations("goals"))("title") };
}

/** The program's targets, each with where it stands: the one page a program review starts from. */
export default async function GoalsPage({ params }: Props) {
  const context = await requireTenantPage((await params).tenant, "analytics.view");
  const [t, format, goals] = await Promise.all([getTranslations("goals"), getFormatter(), listGoals(context)]);
  const base = `/${context.tenant.slug}/admin/goals`;
  const canManage = context.permissions.has("goals.manage");
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-stone-600">{t("lead")}</p>
        </div>
        {canManage ? <Link href={`${base}/new`} className={buttonClasses("primary")}>{t("new")}</Link> : null}
      </div>
      {goals.length === 0 ? (
        <Card>
          <h2 className="font-semibold">{t("emptyTitle")}</h2>
          <p className="mt-1 text-stone-600">{t("emptyLead")}</p>
        </Card>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {goals.map((g) => {
            const value = (v: number) => (isRate(g.metric) ? `${format.number(v, { maximumFractionDigits: 1 })}%` : format.number(Math.round(v)));
            const progress = g.target > g.baseline ? Math.min(100, Math.max(0, ((g.current - g.baseline) / (g.target - g.baseline)) * 100)) : 100;
            return (
              <li key={g.id}>
                <Link href={`${base}/${g.id}`} className="flex h-full flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4 hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-700">
                  <div className="flex items-start justify-between gap-2">
                    <span className="font-semibold">{g.title ?? t(`metrics.${g.metric}`)}</span>
                    <GoalStatusBadge status={g.status} />
                  </div>
                  <span className="text-sm text-stone-600">
                    {t("byDate", { metric: t(`metrics.${g.metric}`), target: value(g.target), date: format.dateTime(g.dueOn, { dateStyle: "medium", timeZone: "UTC" }) })}
                  </span>
                  <div className="h-2 w-full rounded-full bg-stone-200" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress)} aria-label={t("progress")}>
                    <div className="h-2 rounded-full bg-brand-600" style={{ width: `${progress}%` }} />
                  </div>
                  <dl className="grid grid-cols-3 gap-2 text-sm">
                    <div><dt className="text-stone-600">{t("figures.current")}</dt><dd className="font-semibold tabular-nums">{value(g.current)}</dd></div>
                    <div><dt className="text-stone-600">{t("figures.planned")}</dt><dd className="tabular-nums">{value(g.planned)}</dd></div>
                    <div><dt className="text-stone-600">{t("figures.projected")}</dt><dd className="tabular-nums">{g.projected === null ? "—" : value(g.projected)}</dd></div>
                  </dl>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
