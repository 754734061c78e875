import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { KindBadge, StatusBadge } from "@/components/opportunities/posting-badges";
import { buttonClasses } from "@/components/ui/button";
import { listPostingsForAdmin } from "@/lib/opportunities/queries";
import { listSegments } from "@/lib/segments/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "opportunities.manage");
  return { title: (await getTranslations("opportunities.admin"))("title") };
}

export default async function AdminOpportunitiesPage({ params }: Props) {
  const { tenant } = await params;
  const context = await requireTenantPage(tenant, "opportunities.manage");
  const [t, format, postings, segments] = await Promise.all([getTranslations("opportunities.admin"), getFormatter(), listPostingsForAdmin(context), listSegments(context)]);
  const segmentName = new Map(segments.map((s) => [s.id, s.name]));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-stone-700">{t("lead")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {context.permissions.has("pipeline.read") ? <Link href={`/${tenant}/admin/pipeline`} className={buttonClasses("secondary")}>{t("pipelineLink")}</Link> : null}
          <Link href={`/${tenant}/admin/opportunities/new`} className={buttonClasses()}>{t("new")}</Link>
        </div>
      </div>
      {postings.length ? (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="bg-stone-100 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2">{t("columns.title")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.kind")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.status")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.audience")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.closes")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("columns.interests")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("columns.referrals")}</th>
              </tr>
            </thead>
            <tbody>
              {postings.map((p) => (
                <tr key={p.id} className="border-t border-stone-200">
                  <td className="px-3 py-2">
                    <Link href={`/${tenant}/admin/opportunities/${p.id}`} className="font-semibold text-brand-800 underline">{p.title}</Link>
                  </td>
                  <td className="px-3 py-2"><KindBadge kind={p.kind} /></td>
                  <td className="px-3 py-2"><StatusBadge status={p.status} /></td>
                  <td className="px-3 py-2">{p.segmentId ? (segmentName.get(p.segmentId) ?? t("unknownSegment")) : t("everyone")}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{p.closesAt ? format.dateTime(p.closesAt, { timeZone: context.tenant.timezone, dateStyle: "medium" }) : t("none")}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{p.interests}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{p.pendingReferrals}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("empty")}</p>
      )}
    </div>
  );
}
