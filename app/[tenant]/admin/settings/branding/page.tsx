import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BrandingForm } from "@/components/branding/branding-form";
import { db } from "@/lib/db";
import { tenantBranding } from "@/lib/branding/read";
import { sendingAddress } from "@/lib/email/sender";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { SettingsHeading } from "@/components/settings/settings-heading";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "settings.manage");
  return { title: (await getTranslations("branding"))("title") };
}

/** The company's logo, favicon, colour, welcome message and email sender, with a live preview (decisions/030). */
export default async function BrandingSettingsPage({ params }: Props) {
  const context = await requireTenantPage((await params).tenant, "settings.manage");
  const [t, locale, branding, welcome] = await Promise.all([
    getTranslations("branding"),
    getLocale(),
    tenantBranding(context.tenant.id),
    db.tenant.findUniqueOrThrow({ where: { id: context.tenant.id }, select: { welcomeMessageJa: true, welcomeMessageEn: true } }),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <SettingsHeading title={t("title")} lead={t("lead")} />
      <BrandingForm
        tenant={context.tenant.slug}
        company={tenantDisplayName(context.tenant, locale)}
        address={sendingAddress()}
        saved={{
          color: branding?.color ?? null,
          logoUrl: branding?.logo?.url ?? null,
          faviconUrl: branding?.favicon?.url ?? null,
          welcomeMessageJa: welcome.welcomeMessageJa,
          welcomeMessageEn: welcome.welcomeMessageEn,
          senderName: branding?.senderName ?? null,
          replyTo: branding?.replyTo ?? null,
        }}
      />
    </div>
  );
}
