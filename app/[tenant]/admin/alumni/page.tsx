import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AlumniBulkForm } from "@/components/members/alumni-bulk-form";
import { StateBadge } from "@/components/members/state-badge";
import { SaveSegmentForm } from "@/components/segments/save-segment-form";
import { buttonClasses } from "@/components/ui/button";
import { ALUMNI_STATES, alumniFilterParams, readAlumniFilters } from "@/lib/members/filters";
import { alumniDepartments, listAlumni } from "@/lib/members/list";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "alumni.read");
  return { title: (await getTranslations("alumniAdmin"))("title") };
}

const inputClass = "rounded-md border border-stone-300 bg-white px-3 py-2";

export default async function AlumniListPage({ params, searchParams }: Props) {
  const [{ tenant }, search] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant, "alumni.read");
  const filters = readAlumniFilters(search);
  const [t, ts, format, page, departments] = await Promise.all([
    getTranslations("alumniAdmin"),
    getTranslations("segments"),
    getFormatter(),
    listAlumni(context, filters),
    alumniDepartments(context),
  ]);
  const base = `/${tenant}/admin/alumni`;
  const filtered = alumniFilterParams(filters).size > 0;
  const day = (d: Date | null) => (d ? format.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" }) : "");
  const registered = (d: Date | null) => (d ? format.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit" }) : "");
  const canManage = context.permissions.has("alumni.manage");
  const year = new Date().getUTCFullYear();

  const empty = (
    <div className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
      <p className="font-semibold">{filtered ? t("noMatch") : t("empty")}</p>
      <p className="mt-1 text-sm">{filtered ? t("noMatchHint") : t("emptyHint")}</p>
    </div>
  );

  const table = (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            {canManage ? <th scope="col" className="px-3 py-2"><span className="sr-only">{t("select")}</span></th> : null}
            <th scope="col" className="px-3 py-2">{t("columns.name")}</th>
            <th scope="col" className="px-3 py-2">{t("columns.email")}</th>
            <th scope="col" className="px-3 py-2">{t("columns.department")}</th>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">{t("columns.leftOn")}</th>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">{t("columns.registeredAt")}</th>
            <th scope="col" className="px-3 py-2">{t("columns.state")}</th>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">{t("columns.openToReturn")}</th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((row) => (
            <tr key={row.key} className="border-t border-stone-200">
              {canManage ? (
                <td className="px-3 py-2">
                  <input type="checkbox" name="keys" value={row.key} aria-label={t("selectOne", { name: row.name ?? t("formerMember") })} className="h-4 w-4" />
                </td>
              ) : null}
              <td className="px-3 py-2">
                <Link
                  href={row.kind === "member" ? `${base}/${row.id}` : `/${tenant}/admin/roster/entries/${row.id}`}
                  className="font-medium text-brand-800 underline-offset-2 hover:underline"
                >
                  {row.name ?? t("formerMember")}
                </Link>
                {row.nameKana ? <span className="block text-xs text-stone-500">{row.nameKana}</span> : null}
              </td>
              <td className="px-3 py-2">{row.email}</td>
              <td className="px-3 py-2">{row.department}</td>
              <td className="px-3 py-2 tabular-nums">{day(row.leftOn)}</td>
              <td className="px-3 py-2 tabular-nums">{registered(row.registeredAt)}</td>
              <td className="px-3 py-2"><StateBadge state={row.state} /></td>
              <td className="px-3 py-2">{row.openToReturn ? t("openYes") : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-600">{t("lead")}</p>
      </div>

      <form role="search" aria-label={t("filters")} className="grid grid-cols-1 gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="flex flex-col gap-1 sm:col-span-2">
          <label htmlFor="alumni-q" className="text-sm font-medium">{t("search")}</label>
          <input id="alumni-q" name="q" defaultValue={filters.q} placeholder={t("searchHint")} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="alumni-status" className="text-sm font-medium">{t("status")}</label>
          <select id="alumni-status" name="status" defaultValue={filters.status ?? ""} className={inputClass}>
            <option value="">{t("any")}</option>
            {ALUMNI_STATES.map((s) => <option key={s} value={s}>{t(`states.${s}`)}</option>)}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="alumni-department" className="text-sm font-medium">{t("department")}</label>
          <select id="alumni-department" name="department" defaultValue={filters.department ?? ""} className={inputClass}>
            <option value="">{t("any")}</option>
            {departments.map((d) => <option key={d} value={d}>{d}</option>)}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="alumni-leave-year" className="text-sm font-medium">{t("leaveYear")}</label>
          <input id="alumni-leave-year" name="leaveYear" type="number" min={1950} max={year + 5} defaultValue={filters.leaveYear} placeholder={String(year)} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="alumni-from" className="text-sm font-medium">{t("registeredFrom")}</label>
          <input id="alumni-from" name="registeredFrom" type="date" defaultValue={filters.registeredFrom} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="alumni-to" className="text-sm font-medium">{t("registeredTo")}</label>
          <input id="alumni-to" name="registeredTo" type="date" defaultValue={filters.registeredTo} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="alumni-open" className="text-sm font-medium">{t("openToReturn")}</label>
          <select id="alumni-open" name="openToReturn" defaultValue={filters.openToReturn ?? ""} className={inputClass}>
            <option value="">{t("any")}</option>
            <option value="yes">{t("openYes")}</option>
            <option value="no">{t("openNo")}</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="alumni-roster" className="text-sm font-medium">{t("roster")}</label>
          <select id="alumni-roster" name="roster" defaultValue={filters.roster ?? ""} className={inputClass}>
            <option value="">{t("any")}</option>
            <option value="matched">{t("rosterMatched")}</option>
            <option value="unmatched">{t("rosterUnmatched")}</option>
          </select>
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClasses("primary")}>{t("apply")}</button>
          {filtered ? <Link href={base} className={buttonClasses("ghost")}>{t("clear")}</Link> : null}
        </div>
      </form>

      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-stone-700" aria-live="polite">{t("count", { count: page.total })}</p>
        <div className="flex flex-wrap gap-2">
          <Link href={`${base}/segments`} className={buttonClasses("ghost")}>{ts("manage")}</Link>
          {page.total > 0 ? <a href={`${base}/export?${alumniFilterParams(filters)}`} className={buttonClasses("secondary")} download>{ts("exportList")}</a> : null}
        </div>
      </div>

      {canManage && filtered ? <SaveSegmentForm tenant={tenant} filters={Object.fromEntries(alumniFilterParams(filters))} /> : null}

      {canManage ? (
        // Rendered even when the list comes back empty, so the outcome of the last action stays on screen.
        <AlumniBulkForm tenant={tenant} canInvite={context.permissions.has("roster.manage")} hasRows={page.rows.length > 0}>
          {page.rows.length ? table : empty}
        </AlumniBulkForm>
      ) : page.rows.length ? (
        table
      ) : (
        empty
      )}

      <nav aria-label={t("pages")} className="flex justify-end gap-2 text-sm">
        {filters.after ? <Link href={`${base}?${alumniFilterParams(filters)}`} className={buttonClasses("ghost")}>{t("first")}</Link> : null}
        {page.nextAfter ? <Link href={`${base}?${alumniFilterParams(filters, page.nextAfter)}`} className={buttonClasses("secondary")}>{t("next")}</Link> : null}
      </nav>
    </div>
  );
}
