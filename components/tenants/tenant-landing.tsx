import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { TenantLogo } from "@/components/branding/tenant-logo";
import { Markdown } from "@/components/markdown";
import { buttonClasses } from "@/components/ui/button";
import { tenantDisplayName } from "@/lib/tenancy/display";
import type { TenantSummary } from "@/lib/tenancy/resolve";
import { welcomeMessage } from "@/lib/tenants/welcome-message";

/** What a signed-out visitor sees at /{tenant}: whose network this is, and the way in. Nothing about members. */
export async function TenantLanding({ tenant }: { tenant: TenantSummary }) {
  const [t, locale] = await Promise.all([getTranslations("tenantLanding"), getLocale()]);
  const message = await welcomeMessage(tenant.id, locale);
  const name = tenantDisplayName(tenant, locale);
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex justify-end px-4 py-3">
        <LocaleSwitcher />
      </header>
      <main className="mx-auto flex max-w-2xl flex-1 flex-col items-center justify-center px-4 py-16 text-center">
        <TenantLogo tenantId={tenant.id} company={name} className="mb-8 h-16 max-w-xs" />
        <p className="text-sm font-semibold text-brand-700">{t("eyebrow")}</p>
        <h1 className="mt-3 text-3xl font-bold sm:text-4xl">{t("title", { company: name })}</h1>
        <p className="mt-4 text-lg text-stone-700">{t("lead", { company: name })}</p>
        <Link href={`/signin?callbackUrl=${encodeURIComponent(`/${tenant.slug}`)}`} className={buttonClasses("primary", "mt-8 px-6 py-3 text-base")}>
          {t("signIn")}
        </Link>
        <p className="mt-4 text-sm text-stone-600">{t("joinHint")}</p>
        {message ? (
          <section aria-labelledby="welcome-message" lang={message.lang} className="mt-12 w-full rounded-lg border border-stone-200 bg-white p-6 text-left shadow-sm">
            <h2 id="welcome-message" className="mb-3 text-lg font-semibold">{t("messageTitle", { company: name })}</h2>
            <Markdown source={message.text} />
          </section>
        ) : null}
      </main>
      <footer className="py-6 text-center text-xs text-stone-500">{t("poweredBy")}</footer>
    </div>
  );
}
