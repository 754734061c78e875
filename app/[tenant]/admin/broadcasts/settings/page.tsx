import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CategoryForm } from "@/components/broadcasts/category-form";
import { HrGrantForm } from "@/components/broadcasts/hr-grant-form";
import { Card } from "@/components/ui/card";
import { broadcastCategories } from "@/lib/broadcasts/categories";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "broadcast.send");
  return { title: (await getTranslations("broadcasts.settings"))("title") };
}

/** The company's announcement categories (each one members can turn off) and who may send. */
export default async function BroadcastSettingsPage({ params }: Props) {
  const context = await requireTenantPage((await params).tenant, "broadcast.send");
  const [t, tp, tb, categories] = await Promise.all([getTranslations("broadcasts"), getTranslations("emailPreferences"), getTranslations("branding"), broadcastCategories(context.tenant.id)]);
  const slug = context.tenant.slug;
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/${slug}/admin/broadcasts`} className="text-sm text-brand-800 underline">← {t("title")}</Link>
      <h1 className="text-2xl font-bold">{t("settings.title")}</h1>
      <Card>
        <h2 className="font-semibold">{t("categories.title")}</h2>
        <p className="mt-1 text-sm text-stone-600">{t("categories.lead")}</p>
        <ul className="mt-4 flex flex-col gap-4 divide-y divide-stone-200">
          {categories.map((c) => (
            <li key={c.key} className="pt-4 first:pt-0">
              {c.builtIn ? (
                <p className="flex flex-wrap items-center gap-3">
                  <span className="w-40 font-mono text-sm text-stone-700">{c.key}</span>
                  <span>{tp(`categories.${c.key}`)}</span>
                  <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs text-stone-600">{t("categories.builtIn")}</span>
                </p>
              ) : (
                <CategoryForm tenant={slug} category={c} />
              )}
            </li>
          ))}
        </ul>
        <h3 className="mt-6 mb-2 font-semibold">{t("categories.addTitle")}</h3>
        <CategoryForm tenant={slug} />
      </Card>
      {context.permissions.has("settings.manage") ? (
        <Card>
          <h2 className="font-semibold">{t("settings.hrTitle")}</h2>
          <p className="mt-1 mb-4 text-sm text-stone-600">{t("settings.hrLead")}</p>
          <HrGrantForm tenant={slug} allowed={context.tenant.hrGrants.includes("broadcast.send")} />
        </Card>
      ) : null}
      {context.permissions.has("settings.manage") ? (
        <Card>
          <h2 className="font-semibold">{t("settings.colorTitle")}</h2>
          <p className="mt-1 text-sm text-stone-600">{tb("movedColor")}</p>
          <Link href={`/${slug}/admin/settings/branding`} className="mt-3 inline-block text-sm text-brand-800 underline">{tb("openBranding")}</Link>
        </Card>
      ) : null}
    </div>
  );
}
