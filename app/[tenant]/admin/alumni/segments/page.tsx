import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SegmentActions } from "@/components/segments/segment-actions";
import { buttonClasses } from "@/components/ui/button";
import { alumniFilterParams } from "@/lib/members/filters";
import { listSegments } from "@/lib/segments/queries";
import type { SegmentFilters } from "@/lib/segments/schema";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "alumni.read");
  return { title: (await getTranslations("segments"))("title") };
}

export default async function SegmentsPage({ params }: Props) {
  const { tenant } = await params;
  const context = await requireTenantPage(tenant, "alumni.read");
  const [t, ta, segments] = await Promise.all([getTranslations("segments"), getTranslations("alumniAdmin"), listSegments(context)]);
  const canManage = context.permissions.has("alumni.manage");
  const base = `/${tenant}/admin/alumni`;
  const describe = (f: SegmentFilters) => {
    const parts = [
      f.q ? `${ta("search")}: ${f.q}` : null,
      f.status ? `${ta("status")}: ${ta(`states.${f.status}`)}` : null,
      f.department ? `${ta("department")}: ${f.department}` : null,
      f.leaveYear ? `${ta("leaveYear")}: ${f.leaveYear}` : null,
      f.registeredFrom ? `${ta("registeredFrom")}: ${f.registeredFrom}` : null,
      f.registeredTo ? `${ta("registeredTo")}: ${f.registeredTo}` : null,
      f.openToReturn ? `${ta("openToReturn")}: ${f.openToReturn === "yes" ? ta("openYes") : ta("openNo")}` : null,
      f.roster ? `${ta("roster")}: ${f.roster === "matched" ? ta("rosterMatched") : ta("rosterUnmatched")}` : null,
    ].filter(Boolean);
    return parts.length ? parts.join(" · ") : t("noFilters");
  };
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href={base} className="text-sm text-brand-800 underline-offset-2 hover:underline">{ta("back")}</Link>
        <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-600">{t("lead")}</p>
      </div>
      {segments.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {segments.map((segment) => (
            <li key={segment.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="text-lg font-semibold">{segment.name}</h2>
              <p className="mt-1 text-sm text-stone-600"><span className="font-medium">{t("filters")}:</span> {describe(segment.filters)}</p>
              <div className="mt-3 flex flex-wrap gap-2">
                <Link href={`${base}?${alumniFilterParams(segment.filters)}`} className={buttonClasses("secondary")}>{t("open")}</Link>
                <a href={`${base}/export?segment=${segment.id}`} className={buttonClasses("secondary")} download>{t("export")}</a>
              </div>
              {canManage ? <div className="mt-3"><SegmentActions tenant={tenant} id={segment.id} name={segment.name} /></div> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
