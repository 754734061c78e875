import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GoalForm } from "@/components/goals/goal-form";
import { Card } from "@/components/ui/card";
import { metricValues } from "@/lib/goals/metrics";
import { liveFigures } from "@/lib/goals/live";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "goals.manage");
  return { title: (await getTranslations("goals"))("new") };
}

export default async function NewGoalPage({ params }: Props) {
  const context = await requireTenantPage((await params).tenant, "goals.manage");
  const [t, counts] = await Promise.all([getTranslations("goals"), liveFigures(context)]);
  const current = metricValues(counts);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <Link href={`/${context.tenant.slug}/admin/goals`} className="text-sm text-brand-800 underline">{t("back")}</Link>
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <p className="text-stone-600">{t("newLead")}</p>
      <Card>
        <GoalForm tenant={context.tenant.slug} current={current} />
      </Card>
    </div>
  );
}
