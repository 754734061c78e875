import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { INTERESTS } from "@/lib/alumni/interests";
import type { DirectoryFacets } from "@/lib/directory/facets";
import { DIRECTORY_SORTS, type DirectoryFilters, type DirectorySort } from "@/lib/directory/filters";

const inputClass = "w-full rounded-md border border-stone-300 bg-white px-3 py-2";

/**
 * The directory's search and filters as a plain GET form: the URL carries the whole query, so a search can be
 * shared and the back button returns to it. Works without JavaScript.
 */
export async function DirectoryFilterForm({ action, filters, facets, sort, clearHref }: {
  action: string;
  filters: DirectoryFilters;
  facets: DirectoryFacets;
  sort: DirectorySort;
  clearHref: string | null;
}) {
  const [t, ti] = await Promise.all([getTranslations("directory"), getTranslations("profileEdit.interests")]);
  const choice = (name: "department" | "industry" | "location" | "skill", options: string[]) => {
    const current = filters[name];
    // A value from a shared link that no one shows any more stays selectable, so the form says what was searched.
    const all = current && !options.includes(current) ? [current, ...options] : options;
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={`directory-${name}`} className="text-sm font-medium">{t(name)}</label>
        <select id={`directory-${name}`} name={name} defaultValue={current ?? ""} className={inputClass}>
          <option value="">{t("any")}</option>
          {all.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      </div>
    );
  };
  const years = (legend: string, fromName: "joinedFrom" | "leftFrom", toName: "joinedTo" | "leftTo") => (
    <fieldset className="flex flex-col gap-1">
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="flex items-center gap-2">
        <input aria-label={`${legend} ${t("from")}`} name={fromName} type="number" min={1950} max={2100} defaultValue={filters[fromName]} placeholder={t("from")} className={inputClass} />
        <span aria-hidden="true">–</span>
        <input aria-label={`${legend} ${t("to")}`} name={toName} type="number" min={1950} max={2100} defaultValue={filters[toName]} placeholder={t("to")} className={inputClass} />
      </div>
    </fieldset>
  );
  return (
    <form role="search" action={action} aria-label={t("filters")} className="grid grid-cols-1 gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <div className="flex flex-col gap-1 sm:col-span-2 lg:col-span-3">
        <label htmlFor="directory-q" className="text-sm font-medium">{t("search")}</label>
        <input id="directory-q" name="q" type="search" maxLength={100} defaultValue={filters.q} placeholder={t("searchHint")} className={inputClass} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="directory-sort" className="text-sm font-medium">{t("sort")}</label>
        <select id="directory-sort" name="sort" defaultValue={filters.sort ?? sort} className={inputClass}>
          {DIRECTORY_SORTS.map((s) => <option key={s} value={s}>{t(`sorts.${s}`)}</option>)}
        </select>
      </div>
      {choice("department", facets.department)}
      {choice("industry", facets.industry)}
      {choice("location", facets.location)}
      {choice("skill", facets.skill)}
      <div className="flex flex-col gap-1">
        <label htmlFor="directory-interest" className="text-sm font-medium">{t("interest")}</label>
        <select id="directory-interest" name="interest" defaultValue={filters.interest ?? ""} className={inputClass}>
          <option value="">{t("any")}</option>
          {INTERESTS.map((i) => <option key={i} value={i}>{ti(i)}</option>)}
        </select>
      </div>
      {years(t("joinedYears"), "joinedFrom", "joinedTo")}
      {years(t("leftYears"), "leftFrom", "leftTo")}
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClasses("primary")}>{t("apply")}</button>
        {clearHref ? <Link href={clearHref} className={buttonClasses("ghost")}>{t("clear")}</Link> : null}
      </div>
    </form>
  );
}
