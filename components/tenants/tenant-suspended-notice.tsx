import { getLocale, getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { tenantDisplayName } from "@/lib/tenancy/display";

/** What anyone sees at a suspended company's address: the network is paused, and nothing was deleted. */
export async function TenantSuspendedNotice({ tenant }: { tenant: { name: string; nameEn: string | null } }) {
  const [t, locale] = await Promise.all([getTranslations("tenantSuspended"), getLocale()]);
  const company = tenantDisplayName(tenant, locale);
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex justify-end px-4 py-3">
        <LocaleSwitcher />
      </header>
      <main id="main" className="mx-auto flex max-w-xl flex-1 flex-col items-center justify-center px-4 py-16 text-center">
        <h1 className="text-2xl font-bold">{t("title", { company })}</h1>
        <p className="mt-4 text-stone-700">{t("lead", { company })}</p>
        <p className="mt-2 text-sm text-stone-600">{t("kept")}</p>
      </main>
    </div>
  );
}
