import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { TenantStatusForm } from "@/components/platform/tenant-status-form";
import { buttonClasses } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { requirePlatformOperator } from "@/lib/platform/guard";
import { listTenantsForOperator } from "@/lib/platform/queries";
import { tenantDisplayName } from "@/lib/tenancy/display";

type Props = { searchParams: Promise<{ created?: string }> };

/** The operators' console: every company with its figures, and creating, suspending and reactivating them. */
export default async function PlatformPage({ searchParams }: Props) {
  await requirePlatformOperator();
  const [t, format, locale, tenants, { created }] = await Promise.all([getTranslations("platform"), getFormatter(), getLocale(), listTenantsForOperator(), searchParams]);
  const pct = (r: { rate: number; of: number }) => (r.of ? `${format.number(r.rate, { maximumFractionDigits: 1 })}%` : "—");
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("tenants")}</h1>
        <div className="flex gap-2">
          <Link href="/platform/audit" className={buttonClasses("secondary")}>{t("audit.title")}</Link>
          <Link href="/platform/tenants/new" className={buttonClasses("primary")}>{t("create.title")}</Link>
        </div>
      </div>
      {created ? <FormAlert tone="success" message={t("createdNotice", { slug: created })} /> : null}
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-3 py-2">{t("name")}</th>
              <th scope="col" className="px-3 py-2">{t("status")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("members")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("registrationRate")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("activeRate")}</th>
              <th scope="col" className="px-3 py-2">{t("lastActivity")}</th>
              <th scope="col" className="px-3 py-2">{t("created")}</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">{t("actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {tenants.map((tenant) => {
              const name = tenantDisplayName(tenant, locale);
              return (
                <tr key={tenant.id} className="border-t border-stone-200 align-top">
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {name}
                    <Link className="block text-xs font-normal text-brand-800 underline" href={`/${tenant.slug}`}>/{tenant.slug}</Link>
                  </th>
                  <td className="px-3 py-2">
                    <span className={tenant.status === "SUSPENDED" ? "font-semibold text-red-800" : ""}>{t(`statuses.${tenant.status}`)}</span>
                    {tenant.suspendedReason ? <span className="block text-xs text-stone-600">{tenant.suspendedReason}</span> : null}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{format.number(tenant.members)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{pct(tenant.registration)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{pct(tenant.active)}</td>
                  <td className="px-3 py-2">{tenant.lastActiveOn ? format.dateTime(tenant.lastActiveOn, { dateStyle: "medium", timeZone: "UTC" }) : "—"}</td>
                  <td className="px-3 py-2">{format.dateTime(tenant.createdAt, { dateStyle: "medium" })}</td>
                  <td className="px-3 py-2"><TenantStatusForm tenantId={tenant.id} company={name} suspended={tenant.status === "SUSPENDED"} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
