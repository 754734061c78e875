import type { Metadata } from "next";
import QRCode from "qrcode";
import { getTranslations } from "next-intl/server";
import { JoinSettingsForm } from "@/components/join/join-settings-form";
import { Card } from "@/components/ui/card";
import { env } from "@/lib/env";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "roster.manage");
  return { title: (await getTranslations("newLeavers"))("title") };
}

/** What HR hands a leaver on their last day: the join link and its QR code; and who may join without an invitation. */
export default async function NewLeaversPage({ params }: Props) {
  const { tenant } = await params;
  const context = await requireTenantPage(tenant, "roster.manage");
  const t = await getTranslations("newLeavers");
  const joinUrl = `${env().AUTH_URL ?? "http://localhost:3000"}/${tenant}/join`;
  const qr = await QRCode.toString(joinUrl, { type: "svg", margin: 1, width: 200, color: { dark: "#1c1917", light: "#ffffff" } });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700">{t("lead")}</p>
      <Card className="flex flex-col gap-4 sm:flex-row sm:items-center">
        <div className="h-[200px] w-[200px] shrink-0" role="img" aria-label={t("qr")} dangerouslySetInnerHTML={{ __html: qr }} />
        <div className="flex flex-col gap-2">
          <p className="font-medium">{t("link")}</p>
          <code className="break-all rounded bg-stone-100 px-2 py-1 text-sm">{joinUrl}</code>
          <p className="text-sm text-stone-600">{t(`rules.${context.tenant.registrationRule}.help`)}</p>
        </div>
      </Card>
      {context.permissions.has("settings.manage") ? (
        <Card>
          <JoinSettingsForm tenant={tenant} rule={context.tenant.registrationRule} domains={context.tenant.joinDomains} />
        </Card>
      ) : null}
    </div>
  );
}
