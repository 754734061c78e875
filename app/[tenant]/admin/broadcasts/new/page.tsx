import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ComposeForm } from "@/components/broadcasts/compose-form";
import { composeChoices, composeValues } from "@/lib/broadcasts/compose-values";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "broadcast.draft");
  return { title: (await getTranslations("broadcasts"))("new") };
}

export default async function NewBroadcastPage({ params }: Props) {
  const context = await requireTenantPage((await params).tenant, "broadcast.draft");
  const [t, choices] = await Promise.all([getTranslations("broadcasts"), composeChoices(context)]);
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/${context.tenant.slug}/admin/broadcasts`} className="text-sm text-brand-800 underline">← {t("title")}</Link>
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <ComposeForm tenant={context.tenant.slug} values={composeValues(null, context.tenant.timezone)} {...choices} canSend={context.permissions.has("broadcast.send")} timeZone={context.tenant.timezone} />
    </div>
  );
}
