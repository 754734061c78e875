import { z } from "zod";

export const DIRECTORY_SORTS = ["relevance", "recent", "leaveYear", "name"] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

// NUL cannot be stored in PostgreSQL text (and means nothing in a search), so it is dropped before anything else.
const blankToUndefined = (v: unknown) => {
  const cleaned = typeof v === "string" ? v.replace(/\u0000/g, "") : v;
  return typeof cleaned === "string" && cleaned.trim() === "" ? undefined : cleaned;
};
const text = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());
const year = z.preprocess(blankToUndefined, z.coerce.number().int().min(1900).max(2200).optional());
const cursor = z.preprocess(blankToUndefined, z.string().max(400).optional());

/** The directory's query, read from the URL: a search can be shared, and the back button works. */
export const directoryFiltersSchema = z.object({
  q: text(100),
  department: text(200),
  industry: text(200),
  location: text(200),
  skill: text(100),
  interest: text(100),
  joinedFrom: year,
  joinedTo: year,
  leftFrom: year,
  leftTo: year,
  sort: z.preprocess(blankToUndefined, z.enum(DIRECTORY_SORTS).optional()),
  after: cursor,
  before: cursor,
});

export type DirectoryFilters = z.infer<typeof directoryFiltersSchema>;

/** The filters that narrow who is shown (not the sort or the page). */
export const DIRECTORY_FILTER_KEYS = ["department", "industry", "location", "skill", "interest", "joinedFrom", "joinedTo", "leftFrom", "leftTo"] as const;
export type DirectoryFilterKey = (typeof DIRECTORY_FILTER_KEYS)[number];

/**
 * Bad values (a query over 100 characters, a year that is not one, an unknown sort) are dropped rather than
 * failing the page; their names come back so the page can say what it ignored.
 */
export function readDirectoryFilters(params: Record<string, string | string[] | undefined>): { filters: DirectoryFilters; ignored: string[] } {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = directoryFiltersSchema.safeParse(flat);
  if (parsed.success) {
    return { filters: parsed.data, ignored: [] };
  }
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  const filters = directoryFiltersSchema.parse(Object.fromEntries(Object.entries(flat).filter(([k]) => !bad.has(k))));
  return { filters, ignored: [...bad] };
}

/** The sort actually used: relevance only means something with a query. */
export function effectiveSort(filters: DirectoryFilters): Exclude<DirectorySort, "relevance"> | "relevance" {
  const sort = filters.sort ?? (filters.q ? "relevance" : "recent");
  return sort === "relevance" && !filters.q ? "recent" : sort;
}

/** The query as URL search params; `page` adds a cursor, `without` drops one filter (for "remove this filter"). */
export function directoryParams(filters: DirectoryFilters, page?: { after?: string; before?: string }, without?: DirectoryFilterKey): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["q", ...DIRECTORY_FILTER_KEYS, "sort"] as const) {
    const value = filters[key];
    if (value !== undefined && key !== without) {
      params.set(key, String(value));
    }
  }
  if (page?.after) {
    params.set("after", page.after);
  }
  if (page?.before) {
    params.set("before", page.before);
  }
  return params;
}
