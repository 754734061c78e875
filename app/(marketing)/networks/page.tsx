import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireSignedIn } from "@/lib/tenancy/guard";
import { getSession } from "@/lib/auth/session";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { STAFF_ROLES } from "@/lib/tenancy/permissions";

/** Where sign-in lands: the person's companies, or straight into the only one. */
export default async function NetworksPage() {
  await requireSignedIn();
  const [session, t, locale] = await Promise.all([getSession(), getTranslations("networks"), getLocale()]);
  const memberships = session?.memberships ?? [];
  const home = (m: (typeof memberships)[number]) => (STAFF_ROLES.includes(m.role) ? `/${m.tenantSlug}/admin` : `/${m.tenantSlug}`);
  if (memberships.length === 1 && !session?.isPlatformOperator) {
    redirect(home(memberships[0]!));
  }
  if (memberships.length === 0 && session?.isPlatformOperator) {
    redirect("/platform");
  }
  return (
    <div className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {session?.isPlatformOperator ? (
        <p className="mt-4">
          <Link href="/platform" className={buttonClasses("secondary")}>{t("platform")}</Link>
        </p>
      ) : null}
      {memberships.length === 0 ? (
        <Card className="mt-6">
          <p className="text-stone-700">{t("none")}</p>
          <Link href="/signup" className={buttonClasses("primary", "mt-4")}>{t("createOne")}</Link>
        </Card>
      ) : (
        <ul className="mt-6 flex flex-col gap-3">
          {memberships.map((m) => (
            <li key={m.tenantSlug}>
              <Link href={home(m)} className="flex items-center justify-between rounded-lg border border-stone-200 bg-white p-4 hover:border-brand-600">
                <span className="font-semibold">{tenantDisplayName({ name: m.tenantName, nameEn: m.tenantNameEn }, locale)}</span>
                <span className="text-sm text-stone-600">{t(`roles.${m.role}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
