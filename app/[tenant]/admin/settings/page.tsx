import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DirectSettingForm } from "@/components/moderation/direct-setting-form";
import { Card } from "@/components/ui/card";
import { directMessagesOn } from "@/lib/inbox/direct";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { SettingsHeading } from "@/components/settings/settings-heading";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "settings.manage");
  return { title: (await getTranslations("moderation.settings"))("title") };
}

/** The company's settings for its network: for now, whether alumni may message one another (decisions/022). */
export default async function SettingsPage({ params }: Props) {
  const context = await requireTenantPage((await params).tenant, "settings.manage");
  const [t, on] = await Promise.all([getTranslations("moderation.settings"), directMessagesOn(context.tenant.id)]);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <SettingsHeading title={t("title")} lead={t("lead")} />
      <Card>
        <DirectSettingForm tenant={context.tenant.slug} on={on} />
      </Card>
    </div>
  );
}
