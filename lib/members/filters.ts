import { z } from "zod";

// The states a person on the alumni list can be in: not joined yet (from the roster and its latest invitation)
// or a member (from the membership).
export const ALUMNI_STATES = ["notInvited", "scheduled", "invited", "expired", "bounced", "pending", "active", "suspended", "left", "removed"] as const;
export type AlumniState = (typeof ALUMNI_STATES)[number];

// NUL cannot be stored in PostgreSQL text (and means nothing in a search), so it is dropped before anything else.
const blankToUndefined = (v: unknown) => {
  const cleaned = typeof v === "string" ? v.replace(/\u0000/g, "") : v;
  return typeof cleaned === "string" && cleaned.trim() === "" ? undefined : cleaned;
};
const day = z.preprocess(blankToUndefined, z.iso.date().optional());

/** The alumni list's filters, read from the URL (so a filtered list can be shared and the back button works). */
export const alumniFiltersSchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
  status: z.preprocess(blankToUndefined, z.enum(ALUMNI_STATES).optional()),
  department: z.preprocess(blankToUndefined, z.string().max(200).optional()),
  leaveYear: z.preprocess(blankToUndefined, z.coerce.number().int().min(1900).max(2200).optional()),
  registeredFrom: day,
  registeredTo: day,
  // Company-only: what alumni tell the company alone (unless kept private), and whether HR's roster knows them.
  openToReturn: z.preprocess(blankToUndefined, z.enum(["yes", "no"]).optional()),
  roster: z.preprocess(blankToUndefined, z.enum(["matched", "unmatched"]).optional()),
  after: z.preprocess(blankToUndefined, z.string().max(120).optional()),
});

export type AlumniFilters = z.infer<typeof alumniFiltersSchema>;

/** Every filter but the page cursor: what a saved segment keeps. */
export const ALUMNI_FILTER_KEYS = ["q", "status", "department", "leaveYear", "registeredFrom", "registeredTo", "openToReturn", "roster"] as const;

/** Bad filter values are dropped rather than failing the page: a hand-edited URL still shows a list. */
export function readAlumniFilters(params: Record<string, string | string[] | undefined>): AlumniFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = alumniFiltersSchema.safeParse(flat);
  if (parsed.success) {
    return parsed.data;
  }
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  return alumniFiltersSchema.parse(Object.fromEntries(Object.entries(flat).filter(([k]) => !bad.has(k))));
}

/** The filters as URL search params, without the page cursor unless asked. */
export function alumniFilterParams(filters: AlumniFilters, after?: string | null): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ALUMNI_FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined) {
      params.set(key, String(value));
    }
  }
  if (after) {
    params.set("after", after);
  }
  return params;
}
