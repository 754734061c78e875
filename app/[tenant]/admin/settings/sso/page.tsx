import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CopyButton } from "@/components/sso/copy-button";
import { SsoSettingsForm } from "@/components/sso/sso-settings-form";
import { Card } from "@/components/ui/card";
import { ssoCallbackUrl } from "@/lib/sso/callback-url";
import { loadSsoSettings } from "@/lib/sso/settings";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { SettingsHeading } from "@/components/settings/settings-heading";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "settings.manage");
  return { title: (await getTranslations("sso"))("title") };
}

/** Staff single sign-on through the company's own OpenID Connect provider (decision 031). */
export default async function SsoSettingsPage({ params }: Props) {
  const context = await requireTenantPage((await params).tenant, "settings.manage");
  const [t, format, { sso, signedInWithSso }, callbackUrl] = await Promise.all([
    getTranslations("sso"),
    getFormatter(),
    loadSsoSettings(context.tenant.id, context.userId),
    ssoCallbackUrl(context.tenant.id),
  ]);
  const when = (date: Date | null | undefined) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : t("never"));
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <SettingsHeading title={t("title")} lead={t("lead")} />
      <Card>
        <h2 className="font-semibold text-stone-900">{t("callbackTitle")}</h2>
        <p className="mt-1 text-sm text-stone-600">{t("callbackLead")}</p>
        <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-center">
          <code className="min-w-0 flex-1 break-all rounded-md bg-stone-100 px-3 py-2 text-sm" data-testid="sso-callback-url">{callbackUrl}</code>
          <CopyButton value={callbackUrl} />
        </div>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-600">{t("lastTested")}</dt>
          <dd>{when(sso?.lastTestedAt)}</dd>
          <dt className="text-stone-600">{t("lastSignIn")}</dt>
          <dd>{when(sso?.lastSignInAt)}</dd>
          <dt className="text-stone-600">{t("youSignedIn")}</dt>
          <dd>{signedInWithSso ? t("yes") : t("no")}</dd>
        </dl>
      </Card>
      <Card>
        <SsoSettingsForm
          tenant={context.tenant.slug}
          initial={{
            issuer: sso?.issuer ?? "",
            clientId: sso?.clientId ?? "",
            allowedDomains: sso?.allowedDomains.join(", ") ?? "",
            trustUnverifiedEmail: sso?.trustUnverifiedEmail ?? false,
            enabled: sso?.enabled ?? false,
            staffMustUseSso: sso?.staffMustUseSso ?? false,
            secretStored: Boolean(sso?.secretStored),
            secretOpens: Boolean(sso?.secretOpens),
          }}
        />
      </Card>
      <p className="text-sm text-stone-600">{t("breakGlass")}</p>
    </div>
  );
}
