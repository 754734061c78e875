import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/config";

/** Links that open a "new" form filled from the company's template, one per language (the company's first). */
export async function StartFromTemplate({ path, locales, active }: { path: string; locales: AppLocale[]; active: AppLocale | null }) {
  const t = await getTranslations("templates");
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-sm">
      <span className="font-medium">{t("fromTemplate")}</span>
      {locales.map((locale) => (
        <Link key={locale} href={`${path}?template=${locale}`} aria-current={active === locale ? "true" : undefined} className={`underline ${active === locale ? "font-bold text-stone-900" : "text-brand-800"}`}>
          {t(`languages.${locale}`)}
        </Link>
      ))}
      {active ? <span className="text-xs text-stone-600">{t("fromTemplateHint", { language: t(`languages.${active}`) })}</span> : null}
    </div>
  );
}
