import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AuditDetails } from "@/components/members/audit-details";
import { buttonClasses } from "@/components/ui/button";
import { listAuditEvents } from "@/lib/audit/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ after?: string | string[] }> };

// The page cursor is an event id; anything else (a hand-edited URL) starts from the newest.
const cursorOf = (after: string | string[] | undefined) => (typeof after === "string" && /^[a-z0-9]{1,40}$/.test(after) ? after : undefined);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "audit.read");
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditLogPage({ params, searchParams }: Props) {
  const [{ tenant }, search] = await Promise.all([params, searchParams]);
  const after = cursorOf(search.after);
  const context = await requireTenantPage(tenant, "audit.read");
  const [t, format, page] = await Promise.all([getTranslations("audit"), getFormatter(), listAuditEvents(context, after)]);
  const base = `/${tenant}/admin/audit`;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-600">{t("lead")}</p>
      </div>
      {page.events.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="bg-stone-100 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2">{t("when")}</th>
                <th scope="col" className="px-3 py-2">{t("who")}</th>
                <th scope="col" className="px-3 py-2">{t("what")}</th>
                <th scope="col" className="px-3 py-2">{t("whom")}</th>
              </tr>
            </thead>
            <tbody>
              {page.events.map((e) => (
                <tr key={e.id} className="border-t border-stone-200 align-top">
                  <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                    <time dateTime={e.createdAt.toISOString()}>{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                  </td>
                  <td className="px-3 py-2">{e.actorName ?? t("deletedAccount")}</td>
                  <td className="px-3 py-2">
                    {t(`actions.${e.action}` as never)}
                    <AuditDetails details={e.details as Record<string, unknown>} />
                  </td>
                  <td className="px-3 py-2">
                    {e.targetName === null ? (
                      <span className="text-stone-500">{t("deletedPerson")}</span>
                    ) : e.targetMembershipId ? (
                      <Link href={`/${tenant}/admin/alumni/${e.targetMembershipId}`} className="text-brand-800 underline">{e.targetName}</Link>
                    ) : (
                      <Link href={`/${tenant}/admin/roster/entries/${e.targetRosterId}`} className="text-brand-800 underline">{e.targetName}</Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("pages")} className="flex justify-end gap-2">
        {after ? <Link href={base} className={buttonClasses("ghost")}>{t("newest")}</Link> : null}
        {page.nextAfter ? <Link href={`${base}?after=${page.nextAfter}`} className={buttonClasses("secondary")}>{t("older")}</Link> : null}
      </nav>
    </div>
  );
}
