import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AnswerForm } from "@/components/surveys/answer-form";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { surveyForMember } from "@/lib/surveys/answer";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant);
  return { title: (await getTranslations("surveys.portal"))("title") };
}

/** One survey: its questions to answer once, or a thank-you, or that it has closed. */
export default async function SurveyAnswerPage({ params }: Props) {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant);
  const [t, survey] = await Promise.all([getTranslations("surveys.portal"), surveyForMember(context, id)]);
  if (!survey) {
    notFound();
  }
  const answered = Boolean(survey.recipients[0]?.answeredAt);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <Link href={`/${tenant}/surveys`} className="text-sm text-brand-800 underline">{t("back")}</Link>
      <h1 className="text-2xl font-bold">{survey.title}</h1>
      {survey.intro ? <p className="whitespace-pre-wrap text-stone-700">{survey.intro}</p> : null}
      {survey.anonymous ? <p className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">{t("anonymousHint")}</p> : null}
      <Card>
        {answered ? (
          <FormAlert tone="success" message={t("alreadyAnswered")} />
        ) : survey.status !== "OPEN" ? (
          <FormAlert message={t("closed")} />
        ) : (
          <AnswerForm tenant={tenant} surveyId={survey.id} questions={survey.questions} />
        )}
      </Card>
    </div>
  );
}
