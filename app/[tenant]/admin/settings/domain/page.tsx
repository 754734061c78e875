import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { RemoveDomainButton, VerifyDomainButton } from "@/components/domains/domain-buttons";
import { DomainForm } from "@/components/domains/domain-form";
import { DnsRecords } from "@/components/domains/dns-records";
import { Card } from "@/components/ui/card";
import { appHostname } from "@/lib/domains/app-origin";
import { companyDomain } from "@/lib/domains/manage";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { SettingsHeading } from "@/components/settings/settings-heading";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "settings.manage");
  return { title: (await getTranslations("domains"))("title") };
}

/** The company's own address for its alumni site, and the DNS records that prove it (decisions/032). */
export default async function DomainSettingsPage({ params }: Props) {
  const context = await requireTenantPage((await params).tenant, "settings.manage");
  const [t, format, domain] = await Promise.all([getTranslations("domains"), getFormatter(), companyDomain(context)]);
  const slug = context.tenant.slug;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <SettingsHeading title={t("title")} lead={t("lead")} />
      <Card>
        <DomainForm tenant={slug} hostname={domain?.hostname} />
      </Card>
      {domain ? (
        <Card>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 className="font-semibold text-stone-900">{domain.hostname}</h2>
            {domain.verifiedAt ? (
              <span className="rounded-full bg-emerald-100 px-3 py-1 text-sm font-medium text-emerald-900">{t("status.verified")}</span>
            ) : (
              <span className="rounded-full bg-amber-100 px-3 py-1 text-sm font-medium text-amber-900">{t("status.pending")}</span>
            )}
          </div>
          {domain.verifiedAt ? (
            <p className="mt-2 text-stone-700">
              {t.rich("servedAt", {
                link: (chunks) => (
                  <a className="font-medium text-brand-800 underline" href={`https://${domain.hostname}/`}>
                    {chunks}
                  </a>
                ),
                url: `https://${domain.hostname}/`,
              })}
            </p>
          ) : (
            <p className="mt-2 text-stone-700">{t("pendingLead")}</p>
          )}
          {domain.lastCheckedAt ? (
            <p className="mt-1 text-sm text-stone-600">
              {t("lastChecked", { time: format.dateTime(domain.lastCheckedAt, { dateStyle: "medium", timeStyle: "short" }) })}
              {domain.lastError && !domain.verifiedAt ? ` — ${t(`errors.${domain.lastError as "notFound"}`)}` : null}
            </p>
          ) : null}
          <h3 className="mt-6 font-semibold text-stone-900">{t("dnsTitle")}</h3>
          <p className="mt-1 text-sm text-stone-600">{t("dnsLead")}</p>
          <DnsRecords hostname={domain.hostname} token={domain.token} target={appHostname()} />
          <div className="mt-6 flex flex-wrap items-start justify-between gap-4">
            {domain.verifiedAt ? <p className="text-sm text-stone-600">{t("signInNote")}</p> : <VerifyDomainButton tenant={slug} />}
            <RemoveDomainButton tenant={slug} hostname={domain.hostname} />
          </div>
          {!domain.verifiedAt ? <p className="mt-3 text-sm text-stone-600">{t("autoCheck")}</p> : null}
        </Card>
      ) : null}
    </div>
  );
}
