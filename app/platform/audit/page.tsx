import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { listPlatformAudit } from "@/lib/platform/audit";
import { requirePlatformOperator } from "@/lib/platform/guard";
import { tenantDisplayName } from "@/lib/tenancy/display";

/** What operators did, newest first: who, what, to which company, and the reason given. */
export default async function PlatformAuditPage() {
  await requirePlatformOperator();
  const [t, format, locale, events] = await Promise.all([getTranslations("platform"), getFormatter(), getLocale(), listPlatformAudit()]);
  return (
    <div className="flex flex-col gap-4">
      <Link href="/platform" className="text-sm text-brand-800 underline">{t("back")}</Link>
      <h1 className="text-2xl font-bold">{t("audit.title")}</h1>
      {events.length === 0 ? (
        <p className="text-stone-600">{t("audit.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-100 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2">{t("audit.when")}</th>
                <th scope="col" className="px-3 py-2">{t("audit.who")}</th>
                <th scope="col" className="px-3 py-2">{t("audit.what")}</th>
                <th scope="col" className="px-3 py-2">{t("audit.company")}</th>
                <th scope="col" className="px-3 py-2">{t("audit.reason")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} className="border-t border-stone-200">
                  <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td className="px-3 py-2">{e.actor ?? "—"}</td>
                  <td className="px-3 py-2">{t(`audit.actions.${e.action}`)}</td>
                  <td className="px-3 py-2">{e.tenant ? tenantDisplayName(e.tenant, locale) : t("audit.deleted")}</td>
                  <td className="px-3 py-2">{typeof (e.details as { reason?: unknown }).reason === "string" ? String((e.details as { reason: string }).reason) : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
