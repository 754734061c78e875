import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { listTenantsForOperator } from "@/lib/platform/queries";
import { requirePlatformOperator } from "@/lib/platform/guard";

export default async function PlatformPage() {
  await requirePlatformOperator();
  const [t, format, locale, tenants] = await Promise.all([getTranslations("platform"), getFormatter(), getLocale(), listTenantsForOperator()]);
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("tenants")}</h1>
      <div className="mt-6 overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-4 py-2">{t("name")}</th>
              <th scope="col" className="px-4 py-2">{t("slug")}</th>
              <th scope="col" className="px-4 py-2">{t("status")}</th>
              <th scope="col" className="px-4 py-2 text-right">{t("members")}</th>
              <th scope="col" className="px-4 py-2">{t("created")}</th>
            </tr>
          </thead>
          <tbody>
            {tenants.map((tenant) => (
              <tr key={tenant.id} className="border-t border-stone-200">
                <td className="px-4 py-2 font-medium">{tenantDisplayName(tenant, locale)}</td>
                <td className="px-4 py-2"><Link className="text-brand-800 underline" href={`/${tenant.slug}`}>/{tenant.slug}</Link></td>
                <td className="px-4 py-2">{t(`statuses.${tenant.status}`)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{tenant.members}</td>
                <td className="px-4 py-2">{format.dateTime(tenant.createdAt, { dateStyle: "medium" })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
