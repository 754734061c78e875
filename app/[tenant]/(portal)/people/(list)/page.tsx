import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PersonCard } from "@/components/alumni/person-card";
import { DirectoryFilterForm } from "@/components/directory/directory-filter-form";
import { buttonClasses } from "@/components/ui/button";
import { photoUrlOf } from "@/lib/alumni/avatar/url";
import { tenureYears } from "@/lib/alumni/tenure";
import { directoryFacets } from "@/lib/directory/facets";
import { DIRECTORY_FILTER_KEYS, directoryParams, readDirectoryFilters, type DirectoryFilterKey } from "@/lib/directory/filters";
import { DIRECTORY_PAGE_SIZE, searchDirectory } from "@/lib/directory/search";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "directory.read");
  return { title: (await getTranslations("directory"))("title") };
}

// Which label names a filter in "remove the … filter".
const FILTER_LABEL: Record<DirectoryFilterKey, string> = {
  department: "department", industry: "industry", location: "location", skill: "skill", interest: "interest",
  joinedFrom: "joinedYears", joinedTo: "joinedYears", leftFrom: "leftYears", leftTo: "leftYears",
};

const IGNORED_LABEL: Record<string, string> = {
  q: "search", sort: "sort", after: "pages", before: "pages", ...FILTER_LABEL,
};

export default async function DirectoryPage({ params, searchParams }: Props) {
  const [{ tenant }, search] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant, "directory.read");
  const { filters, ignored } = readDirectoryFilters(search);
  const [t, ti, page, facets] = await Promise.all([
    getTranslations("directory"),
    getTranslations("profileEdit.interests"),
    searchDirectory(context, filters),
    directoryFacets(context.tenant.id),
  ]);
  const base = `/${tenant}/people`;
  const activeFilters = DIRECTORY_FILTER_KEYS.filter((key) => filters[key] !== undefined);
  const narrowed = Boolean(filters.q) || activeFilters.length > 0;
  const from = (q: URLSearchParams) => (q.size ? `${base}?${q}` : base);
  const filterValue = (key: DirectoryFilterKey) => (key === "interest" && filters.interest && ti.has(filters.interest) ? ti(filters.interest) : String(filters[key]));

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-600">{t("lead")}</p>
      </div>

      <DirectoryFilterForm action={base} filters={filters} facets={facets} sort={page.sort} clearHref={narrowed ? base : null} />

      {ignored.length ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {t("ignored", { fields: [...new Set(ignored.map((key) => t(IGNORED_LABEL[key] ?? "filters")))].join(", ") })}
        </p>
      ) : null}

      <section aria-labelledby="directory-results" className="flex flex-col gap-4">
        <h2 id="directory-results" className="sr-only">{t("results")}</h2>
        {page.people.length ? (
          <ul className="grid gap-3 sm:grid-cols-2">
            {page.people.map((person) => (
              <li key={person.id}>
                <PersonCard
                  person={person}
                  href={`${base}/${person.id}`}
                  tenure={tenureYears(person.joinedOn, person.leftOn)}
                  photoUrl={photoUrlOf(tenant, person, "small")}
                />
              </li>
            ))}
          </ul>
        ) : (
          <div className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
            <p className="font-semibold">{narrowed ? t("noMatch") : t("empty")}</p>
            <p className="mt-1 text-sm">{narrowed ? t("noMatchHint") : t("emptyHint")}</p>
            {narrowed ? (
              <ul className="mt-3 flex flex-wrap gap-2 text-sm">
                {filters.q ? (
                  <li>
                    <Link href={from(directoryParams({ ...filters, q: undefined }))} className={buttonClasses("secondary")}>{t("clearSearch", { q: filters.q })}</Link>
                  </li>
                ) : null}
                {activeFilters.map((key) => (
                  <li key={key}>
                    <Link href={from(directoryParams(filters, undefined, key))} className={buttonClasses("secondary")}>
                      {t("removeFilter", { filter: `${t(FILTER_LABEL[key])}: ${filterValue(key)}` })}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        )}
      </section>

      <nav aria-label={t("pages")} className="flex items-center justify-between gap-2 text-sm">
        <span className="text-stone-500">{t("pageNote", { count: DIRECTORY_PAGE_SIZE })}</span>
        <span className="flex gap-2">
          {page.previous ? <Link href={from(directoryParams(filters, { before: page.previous }))} className={buttonClasses("secondary")} rel="prev">{t("previous")}</Link> : null}
          {page.next ? <Link href={from(directoryParams(filters, { after: page.next }))} className={buttonClasses("secondary")} rel="next">{t("next")}</Link> : null}
        </span>
      </nav>
    </div>
  );
}
