import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RosterUpload } from "@/components/roster/roster-upload";
import { Card } from "@/components/ui/card";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "roster.manage");
  return { title: (await getTranslations("roster.upload"))("title") };
}

export default async function RosterImportPage({ params }: Props) {
  const { tenant } = await params;
  await requireTenantPage(tenant, "roster.manage");
  const t = await getTranslations("roster.upload");
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700">{t("lead")}</p>
      <Card>
        <RosterUpload tenant={tenant} />
      </Card>
    </div>
  );
}
