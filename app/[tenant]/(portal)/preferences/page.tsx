import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EmailPreferencesForm } from "@/components/account/email-preferences-form";
import { Card } from "@/components/ui/card";
import { preferenceRows } from "@/lib/email/category-labels";
import { getPreferenceCentre } from "@/lib/email/preferences";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant);
  return { title: (await getTranslations("emailPreferences"))("centreTitle") };
}

/** The preference centre the company's emails link to: this company's mail, by category. */
export default async function PreferencesPage({ params }: Props) {
  const context = await requireTenantPage((await params).tenant);
  const [t, locale, { preferences, own }] = await Promise.all([getTranslations("emailPreferences"), getLocale(), getPreferenceCentre(context)]);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("centreTitle")}</h1>
        <p className="mt-1 text-stone-600">{t("centreLead")}</p>
      </div>
      <Card>
        <EmailPreferencesForm tenant={context.tenant.slug} company={tenantDisplayName(context.tenant, locale)} all={preferences.all} categories={preferenceRows(preferences, own, locale, t)} />
      </Card>
      <p className="text-sm text-stone-600">{t("centreAccountNote")}</p>
    </div>
  );
}
