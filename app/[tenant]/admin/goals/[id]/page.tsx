import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { GoalChart } from "@/components/goals/goal-chart";
import { GoalStatusBadge } from "@/components/goals/goal-status-badge";
import { ReviewForm } from "@/components/goals/review-form";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { isRate } from "@/lib/goals/metrics";
import { getGoal } from "@/lib/goals/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { localToday } from "@/lib/time/zoned";

type Props = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "analytics.view");
  return { title: (await getTranslations("goals"))("title") };
}

/** One goal: actual against plan with the trend's projection, the figures beside it, and its reviews. */
export default async function GoalPage({ params }: Props) {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant, "analytics.view");
  const [t, format, found] = await Promise.all([getTranslations("goals"), getFormatter(), getGoal(context, id)]);
  if (!found) {
    notFound();
  }
  const { goal, reviews } = found;
  const rate = isRate(goal.metric);
  const value = (v: number) => (rate ? `${format.number(v, { maximumFractionDigits: 1 })}%` : format.number(Math.round(v)));
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const canManage = context.permissions.has("goals.manage");
  const metric = t(`metrics.${goal.metric}`);
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/${tenant}/admin/goals`} className="text-sm text-brand-800 underline">{t("back")}</Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{goal.title ?? metric}</h1>
          <p className="mt-1 text-stone-600">{t("byDate", { metric, target: value(goal.target), date: date(goal.dueOn) })}</p>
        </div>
        <div className="flex items-center gap-3">
          <GoalStatusBadge status={goal.status} />
          {canManage ? <Link href={`/${tenant}/admin/goals/${goal.id}/edit`} className={buttonClasses("secondary")}>{t("edit")}</Link> : null}
        </div>
      </div>
      <div className="grid gap-4 lg:grid-cols-[1fr_16rem]">
        <Card>
          <GoalChart
            label={metric}
            unit={rate ? "%" : ""}
            actual={goal.points.map((p) => ({ t: p.day.getTime(), v: p.value }))}
            plan={{ from: { t: goal.startOn.getTime(), v: goal.baseline }, to: { t: goal.dueOn.getTime(), v: goal.target } }}
            projection={goal.projected === null ? null : { t: goal.dueOn.getTime(), v: goal.projected }}
            target={goal.target}
          />
        </Card>
        <Card>
          <dl className="flex flex-col gap-3 text-sm">
            <div><dt className="text-stone-600">{t("figures.current")}</dt><dd className="text-2xl font-bold tabular-nums">{value(goal.current)}</dd></div>
            <div><dt className="text-stone-600">{t("figures.target")}</dt><dd className="text-lg font-semibold tabular-nums">{value(goal.target)}</dd></div>
            <div><dt className="text-stone-600">{t("figures.planned")}</dt><dd className="tabular-nums">{value(goal.planned)}</dd></div>
            <div><dt className="text-stone-600">{t("figures.projected")}</dt><dd className="tabular-nums">{goal.projected === null ? "—" : value(goal.projected)}</dd></div>
            <div><dt className="text-stone-600">{t("figures.baseline", { date: date(goal.startOn) })}</dt><dd className="tabular-nums">{value(goal.baseline)}</dd></div>
          </dl>
          <p className="mt-3 text-xs text-stone-600">{t(`statusHint.${goal.status}`)}</p>
        </Card>
      </div>
      <section aria-labelledby="reviews" className="grid gap-4 lg:grid-cols-[1fr_24rem]">
        <div>
          <h2 id="reviews" className="text-lg font-semibold">{t("reviews")}</h2>
          {reviews.length === 0 ? (
            <p className="mt-2 text-stone-600">{t("noReviews")}</p>
          ) : (
            <ol className="mt-3 flex flex-col gap-3">
              {reviews.map((r) => (
                <li key={r.id}>
                  <Card>
                    <p className="text-sm font-semibold">{date(r.reviewedOn)}{r.author ? <span className="ml-2 font-normal text-stone-600">{r.author}</span> : null}</p>
                    <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-[8rem_1fr]">
                      {(["did", "learned", "next"] as const).map((k) => (
                        <div key={k} className="contents">
                          <dt className="text-stone-600">{t(`review.${k}`)}</dt>
                          <dd className="whitespace-pre-wrap">{r[k]}</dd>
                        </div>
                      ))}
                    </dl>
                  </Card>
                </li>
              ))}
            </ol>
          )}
        </div>
        {canManage ? (
          <Card>
            <h2 className="mb-3 font-semibold">{t("review.title")}</h2>
            <ReviewForm tenant={tenant} goalId={goal.id} today={localToday(context.tenant.timezone).toISOString().slice(0, 10)} />
          </Card>
        ) : null}
      </section>
    </div>
  );
}
