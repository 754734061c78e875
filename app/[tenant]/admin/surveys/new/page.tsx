import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SurveyForm } from "@/components/surveys/survey-form";
import { StartFromTemplate } from "@/components/templates/start-from-template";
import { Card } from "@/components/ui/card";
import { listSegments } from "@/lib/segments/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { surveyFromTemplate, templateLocaleParam, templateLocales } from "@/lib/templates/prefill";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ template?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "surveys.manage");
  return { title: (await getTranslations("surveys"))("new") };
}

export default async function NewSurveyPage({ params, searchParams }: Props) {
  const context = await requireTenantPage((await params).tenant, "surveys.manage");
  const templateLocale = templateLocaleParam((await searchParams).template);
  const [t, segments, fromTemplate] = await Promise.all([
    getTranslations("surveys"),
    listSegments(context),
    templateLocale ? surveyFromTemplate(context.tenant, templateLocale) : Promise.resolve(undefined),
  ]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <Link href={`/${context.tenant.slug}/admin/surveys`} className="text-sm text-brand-800 underline">{t("back")}</Link>
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <StartFromTemplate path={`/${context.tenant.slug}/admin/surveys/new`} locales={templateLocales(context.tenant)} active={templateLocale} />
      <Card>
        <SurveyForm key={templateLocale ?? "blank"} tenant={context.tenant.slug} survey={fromTemplate} segments={segments.map((s) => ({ id: s.id, name: s.name }))} />
      </Card>
    </div>
  );
}
