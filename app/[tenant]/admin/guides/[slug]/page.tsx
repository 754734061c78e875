import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/markdown";
import { Card } from "@/components/ui/card";
import { findGuide, forTenant } from "@/lib/playbook/guides";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; slug: string }> };

async function guideFor(params: Props["params"]) {
  const { tenant, slug } = await params;
  const context = await requireTenantPage(tenant, "analytics.view");
  const guide = await findGuide((await getLocale()) === "en" ? "en" : "ja", slug);
  if (!guide) {
    notFound();
  }
  return { context, guide };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await guideFor(params)).guide.title };
}

/** One guide of the knowledge centre, its links pointing at this company's own screens. */
export default async function GuidePage({ params }: Props) {
  const { context, guide } = await guideFor(params);
  const t = await getTranslations("playbook.guides");
  const base = `/${context.tenant.slug}`;
  return (
    <div className="flex flex-col gap-6 lg:flex-row lg:items-start">
      <article className="flex min-w-0 flex-1 flex-col gap-4">
        <Link href={`${base}/admin/guides`} className="text-sm font-medium text-brand-800 underline">← {t("back")}</Link>
        <h1 className="text-2xl font-bold">{guide.title}</h1>
        <p className="text-stone-600">{guide.summary}</p>
        <Card>
          <Markdown source={forTenant(guide.body, context.tenant.slug)} localLinksInPlace />
        </Card>
      </article>
      <aside className="lg:sticky lg:top-4 lg:w-64">
        <Card className="p-4">
          <h2 className="text-sm font-semibold">{t("screens")}</h2>
          <ul className="mt-2 flex flex-col gap-1 text-sm">
            {guide.screens.map((s) => (
              <li key={s.path}>
                <Link href={`${base}${s.path}`} className="text-brand-800 underline">{s.label}</Link>
              </li>
            ))}
          </ul>
        </Card>
      </aside>
    </div>
  );
}
