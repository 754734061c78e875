import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeleteGoalButton } from "@/components/goals/delete-goal-button";
import { GoalForm } from "@/components/goals/goal-form";
import { Card } from "@/components/ui/card";
import { metricValues } from "@/lib/goals/metrics";
import { liveFigures } from "@/lib/goals/live";
import { getGoal } from "@/lib/goals/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "goals.manage");
  return { title: (await getTranslations("goals"))("edit") };
}

export default async function EditGoalPage({ params }: Props) {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant, "goals.manage");
  const [t, found, counts] = await Promise.all([getTranslations("goals"), getGoal(context, id), liveFigures(context)]);
  if (!found) {
    notFound();
  }
  const { goal } = found;
  const current = metricValues(counts);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <Link href={`/${tenant}/admin/goals/${goal.id}`} className="text-sm text-brand-800 underline">{t("backToGoal")}</Link>
      <h1 className="text-2xl font-bold">{t("edit")}</h1>
      <Card>
        <GoalForm tenant={tenant} current={current} goal={{ id: goal.id, metric: goal.metric, target: goal.target, dueOn: goal.dueOn.toISOString().slice(0, 10), title: goal.title }} />
      </Card>
      <DeleteGoalButton tenant={tenant} id={goal.id} />
    </div>
  );
}
