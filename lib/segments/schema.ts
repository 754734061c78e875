import { z } from "zod";
import { alumniFiltersSchema, type AlumniFilters } from "@/lib/members/filters";

/** What a segment keeps: the alumni list's filters without the page cursor. Validated on save and on read. */
export const segmentFiltersSchema = alumniFiltersSchema.omit({ after: true });
export type SegmentFilters = Omit<AlumniFilters, "after">;

export const segmentNameSchema = z.string().trim().min(1).max(80);

/** A stored segment's filters; anything a later version no longer understands is dropped, not trusted. */
export function readSegmentFilters(stored: unknown): SegmentFilters {
  const parsed = segmentFiltersSchema.safeParse(stored ?? {});
  if (parsed.success) {
    return parsed.data;
  }
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  const kept = Object.fromEntries(Object.entries(stored as Record<string, unknown>).filter(([k]) => !bad.has(k)));
  return segmentFiltersSchema.parse(kept);
}
