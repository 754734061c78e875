import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SurveyForm } from "@/components/surveys/survey-form";
import { Card } from "@/components/ui/card";
import { listSegments } from "@/lib/segments/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "surveys.manage");
  return { title: (await getTranslations("surveys"))("new") };
}

export default async function NewSurveyPage({ params }: Props) {
  const context = await requireTenantPage((await params).tenant, "surveys.manage");
  const [t, segments] = await Promise.all([getTranslations("surveys"), listSegments(context)]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <Link href={`/${context.tenant.slug}/admin/surveys`} className="text-sm text-brand-800 underline">{t("back")}</Link>
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <Card>
        <SurveyForm tenant={context.tenant.slug} segments={segments.map((s) => ({ id: s.id, name: s.name }))} />
      </Card>
    </div>
  );
}
