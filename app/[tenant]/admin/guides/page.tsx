import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { searchGuides } from "@/lib/playbook/guides";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "analytics.view");
  return { title: (await getTranslations("playbook.guides"))("title") };
}

/** The knowledge centre: short guides for running the program, searched in the viewer's language. */
export default async function GuidesPage({ params, searchParams }: Props) {
  const [{ tenant }, search] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant, "analytics.view");
  const query = (typeof search.q === "string" ? search.q : "").trim().slice(0, 100);
  const [t, locale] = await Promise.all([getTranslations("playbook.guides"), getLocale()]);
  const guides = await searchGuides(locale === "en" ? "en" : "ja", query);
  const base = `/${context.tenant.slug}/admin/guides`;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-600">{t("lead")}</p>
      </div>
      <form role="search" action={base} className="flex flex-wrap items-end gap-3">
        <Field label={t("search")} name="q" type="search" defaultValue={query} className="w-full max-w-md" />
        <Button type="submit" variant="secondary">{t("searchButton")}</Button>
        {query ? <Link href={base} className="py-2 text-sm font-medium text-brand-800 underline">{t("clear")}</Link> : null}
      </form>
      {query ? <p role="status" className="text-sm text-stone-700">{t("results", { count: guides.length, query })}</p> : null}
      <ul className="grid gap-4 md:grid-cols-2">
        {guides.map((g) => (
          <li key={g.slug}>
            <Card className="h-full p-4">
              <h2 className="font-semibold">
                <Link href={`${base}/${g.slug}`} className="text-brand-800 underline">{g.title}</Link>
              </h2>
              <p className="mt-1 text-sm text-stone-700">{g.summary}</p>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
