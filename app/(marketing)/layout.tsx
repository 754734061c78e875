import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";

export default async function MarketingLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("landing");
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <SiteHeader />
      <main id="main" className="flex-1">{children}</main>
      <footer className="border-t border-stone-200 bg-white py-6 text-center text-xs text-stone-500">{t("footer")}</footer>
    </div>
  );
}
