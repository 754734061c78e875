import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PostingForm } from "@/components/opportunities/posting-form";
import { StartFromTemplate } from "@/components/templates/start-from-template";
import { Card } from "@/components/ui/card";
import { listSegments } from "@/lib/segments/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { postingFromTemplate, templateLocaleParam, templateLocales } from "@/lib/templates/prefill";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ template?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "opportunities.manage");
  return { title: (await getTranslations("opportunities.admin"))("createTitle") };
}

export default async function NewPostingPage({ params, searchParams }: Props) {
  const { tenant } = await params;
  const context = await requireTenantPage(tenant, "opportunities.manage");
  const templateLocale = templateLocaleParam((await searchParams).template);
  const [t, fromTemplate] = await Promise.all([
    getTranslations("opportunities.admin"),
    templateLocale ? postingFromTemplate(context.tenant, templateLocale) : Promise.resolve({}),
  ]);
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("createTitle")}</h1>
      <p className="text-stone-700">{t("createLead")}</p>
      <StartFromTemplate path={`/${tenant}/admin/opportunities/new`} locales={templateLocales(context.tenant)} active={templateLocale} />
      <Card>
        <PostingForm key={templateLocale ?? "blank"} tenant={tenant} initial={{ kind: "JOB", ...fromTemplate }} segments={(await listSegments(context)).map((s) => ({ id: s.id, name: s.name }))} />
      </Card>
    </div>
  );
}
