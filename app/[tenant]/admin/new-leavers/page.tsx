import type { Metadata } from "next";
import QRCode from "qrcode";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { JoinSettingsForm } from "@/components/join/join-settings-form";
import { OffboardingNote } from "@/components/templates/offboarding-note";
import { Card } from "@/components/ui/card";
import { LOCALES, isLocale } from "@/lib/i18n/config";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { fillTemplate } from "@/lib/templates/fill";
import { joinLinkOf } from "@/lib/templates/sample";
import { resolveTemplate } from "@/lib/templates/store";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "roster.manage");
  return { title: (await getTranslations("newLeavers"))("title") };
}

/** What HR hands a leaver on their last day: the join link and its QR code; and who may join without an invitation. */
export default async function NewLeaversPage({ params }: Props) {
  const { tenant } = await params;
  const context = await requireTenantPage(tenant, "roster.manage");
  const [t, tt] = await Promise.all([getTranslations("newLeavers"), getTranslations("templates")]);
  const joinUrl = joinLinkOf(tenant);
  // The note in the company's language first; the other one for leavers who read it better.
  const first = isLocale(context.tenant.defaultLocale) ? context.tenant.defaultLocale : "ja";
  const notes = await Promise.all(
    [first, ...LOCALES.filter((l) => l !== first)].map(async (locale) => {
      const template = await resolveTemplate(context.tenant.id, "offboarding", locale);
      return { locale, text: fillTemplate(template.body, { company: tenantDisplayName(context.tenant, locale), link: joinUrl }, "plain") };
    }),
  );
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
      <Card className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">{tt("offboarding.title")}</h2>
          {context.permissions.has("settings.manage") ? (
            <Link href={`/${tenant}/admin/templates/offboarding/${first}`} className="text-sm text-brand-800 underline">{tt("offboarding.editTemplate")}</Link>
          ) : null}
        </div>
        <p className="text-sm text-stone-600">{tt("offboarding.lead")}</p>
        <OffboardingNote text={notes[0]!.text} lang={notes[0]!.locale} />
        {notes.slice(1).map((note) => (
          <details key={note.locale}>
            <summary className="cursor-pointer text-sm text-brand-800">{tt(`languages.${note.locale}`)}</summary>
            <div className="mt-2">
              <OffboardingNote text={note.text} lang={note.locale} />
            </div>
          </details>
        ))}
      </Card>
      {context.permissions.has("settings.manage") ? (
        <Card>
          <JoinSettingsForm tenant={tenant} rule={context.tenant.registrationRule} domains={context.tenant.joinDomains} />
        </Card>
      ) : null}
    </div>
  );
}
