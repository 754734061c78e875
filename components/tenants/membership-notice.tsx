import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { buttonClasses } from "@/components/ui/button";
import { tenantDisplayName } from "@/lib/tenancy/display";
import type { TenantSummary } from "@/lib/tenancy/resolve";

/** For a signed-in person whose own membership is waiting or suspended: why the portal is closed to them. */
export async function MembershipNotice({ tenant, status }: { tenant: TenantSummary; status: "PENDING" | "SUSPENDED" }) {
  const [t, locale] = await Promise.all([getTranslations("membershipNotice"), getLocale()]);
  const company = tenantDisplayName(tenant, locale);
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex justify-end gap-2 px-4 py-3">
        <LocaleSwitcher />
        <SignOutButton />
      </header>
      <main id="main" className="mx-auto flex max-w-xl flex-1 flex-col items-center justify-center px-4 py-16 text-center">
        <h1 className="text-2xl font-bold">{t(`${status}.title`)}</h1>
        <p className="mt-4 text-stone-700">{t(`${status}.lead`, { company })}</p>
        <Link href="/account" className={buttonClasses("secondary", "mt-8")}>{t("account")}</Link>
      </main>
    </div>
  );
}
