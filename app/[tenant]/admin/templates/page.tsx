import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { templateStates } from "@/lib/templates/store";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "settings.manage");
  return { title: (await getTranslations("templates"))("title") };
}

/** Every message template, with whether the company has put it in its own words, per language. */
export default async function TemplatesPage({ params }: Props) {
  const { tenant } = await params;
  const context = await requireTenantPage(tenant, "settings.manage");
  const [t, format, states] = await Promise.all([getTranslations("templates"), getFormatter(), templateStates(context)]);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-stone-600">{t("lead")}</p>
      </div>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-3 py-2">{t("template")}</th>
              <th scope="col" className="px-3 py-2">{t("languages.ja")}</th>
              <th scope="col" className="px-3 py-2">{t("languages.en")}</th>
            </tr>
          </thead>
          <tbody>
            {states.map((row) => (
              <tr key={row.key} className="border-t border-stone-200 align-top" data-testid={`template-${row.key}`}>
                <th scope="row" className="px-3 py-2 font-normal">
                  <span className="font-semibold">{t(`names.${row.key}`)}</span>
                  <span className="block max-w-xl text-xs text-stone-600">{t(`usage.${row.key}`)}</span>
                </th>
                {row.locales.map((l) => (
                  <td key={l.locale} className="px-3 py-2 whitespace-nowrap">
                    <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${l.edited ? "bg-brand-100 text-brand-900" : "bg-stone-100 text-stone-700"}`}>
                      {l.edited ? t("edited") : t("default")}
                    </span>
                    {l.updatedAt ? <span className="block text-xs text-stone-500">{t("editedOn", { date: format.dateTime(l.updatedAt, { dateStyle: "medium" }) })}</span> : null}
                    <Link
                      href={`/${tenant}/admin/templates/${row.key}/${l.locale}`}
                      className="mt-1 block text-brand-800 underline"
                      aria-label={`${t(`names.${row.key}`)} — ${t("editIn", { language: t(`languages.${l.locale}`) })}`}
                    >
                      {t("edit")}
                    </Link>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
