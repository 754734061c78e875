import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PostingForm } from "@/components/opportunities/posting-form";
import { Card } from "@/components/ui/card";
import { listSegments } from "@/lib/segments/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "opportunities.manage");
  return { title: (await getTranslations("opportunities.admin"))("createTitle") };
}

export default async function NewPostingPage({ params }: Props) {
  const { tenant } = await params;
  const context = await requireTenantPage(tenant, "opportunities.manage");
  const t = await getTranslations("opportunities.admin");
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("createTitle")}</h1>
      <p className="text-stone-700">{t("createLead")}</p>
      <Card>
        <PostingForm tenant={tenant} initial={{ kind: "JOB" }} segments={(await listSegments(context)).map((s) => ({ id: s.id, name: s.name }))} />
      </Card>
    </div>
  );
}
