import { getTranslations } from "next-intl/server";

/** The first thing a keyboard user reaches: a jump past the navigation to the page's content. */
export async function SkipLink() {
  const t = await getTranslations("common");
  return (
    <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900 focus:shadow">
      {t("skipToContent")}
    </a>
  );
}
