import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { SurveyControls } from "@/components/surveys/survey-controls";
import { SurveyForm } from "@/components/surveys/survey-form";
import { SurveyResults } from "@/components/surveys/survey-results";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { listSegments } from "@/lib/segments/queries";
import { surveyResults } from "@/lib/surveys/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "analytics.view");
  return { title: (await getTranslations("surveys"))("title") };
}

/** A draft to edit and open, or an opened survey's response rate and results. */
export default async function SurveyPage({ params, searchParams }: Props) {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant, "analytics.view");
  const [t, format, found, segments, { saved }] = await Promise.all([getTranslations("surveys"), getFormatter(), surveyResults(context, id), listSegments(context), searchParams]);
  if (!found) {
    notFound();
  }
  const { survey, recipients, answered, results } = found;
  const canManage = context.permissions.has("surveys.manage");
  const segment = segments.find((s) => s.id === survey.segmentId);
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/${tenant}/admin/surveys`} className="text-sm text-brand-800 underline">{t("back")}</Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{survey.title}</h1>
          <p className="mt-1 text-sm text-stone-600">
            {t(`status.${survey.status}`)} · {segment ? segment.name : t("form.everyone")}
            {survey.anonymous ? ` · ${t("anonymousBadge")}` : ""}
          </p>
        </div>
        {canManage ? <SurveyControls tenant={tenant} id={survey.id} status={survey.status} /> : null}
      </div>
      {saved ? <FormAlert tone="success" message={t("form.saved")} /> : null}
      {survey.status === "DRAFT" ? (
        canManage ? (
          <Card>
            <SurveyForm tenant={tenant} survey={survey} segments={segments.map((s) => ({ id: s.id, name: s.name }))} />
          </Card>
        ) : null
      ) : (
        <section aria-labelledby="results" className="flex flex-col gap-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="results" className="text-lg font-semibold">{t("results.title")}</h2>
            <a href={`/${tenant}/admin/surveys/${survey.id}/answers`} download className="text-sm font-medium text-brand-800 underline">{t("results.csv")}</a>
          </div>
          <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
            <div className="rounded-lg border border-stone-200 bg-white p-4">
              <dt className="text-sm text-stone-600">{t("results.rate")}</dt>
              <dd className="text-2xl font-bold tabular-nums">{format.number(recipients ? answered / recipients : 0, { style: "percent", maximumFractionDigits: 1 })}</dd>
              <dd className="text-xs text-stone-600">{t("answeredOf", { answered, recipients })}</dd>
            </div>
          </dl>
          <SurveyResults results={results} anonymous={survey.anonymous} />
        </section>
      )}
    </div>
  );
}
