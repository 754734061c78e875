import "server-only";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { alumniDepartments } from "@/lib/members/list";
import { listSegments } from "@/lib/segments/queries";
import { readSegmentFilters } from "@/lib/segments/schema";
import { toLocalDateTime } from "@/lib/time/zoned";
import { categoryLabel } from "@/lib/email/category-labels";
import { getTranslations, getLocale } from "next-intl/server";
import { broadcastCategories } from "./categories";
import type { getBroadcastForAdmin } from "./queries";
import type { ComposeValues } from "./schema";

type Stored = NonNullable<Awaited<ReturnType<typeof getBroadcastForAdmin>>>;

/** The compose form's starting values: a stored draft's, or a blank announcement in the company's first category. */
export function composeValues(broadcast: Stored | null, timeZone: string): ComposeValues {
  const filters = broadcast?.filters ? readSegmentFilters(broadcast.filters) : {};
  return {
    id: broadcast?.id,
    category: broadcast?.category ?? "news",
    subjectJa: broadcast?.subjectJa ?? "",
    bodyJa: broadcast?.bodyJa ?? "",
    subjectEn: broadcast?.subjectEn ?? "",
    bodyEn: broadcast?.bodyEn ?? "",
    audience: broadcast?.audience ?? "EVERYONE",
    segmentId: broadcast?.segmentId ?? "",
    filters: { q: filters.q, department: filters.department, leaveYear: filters.leaveYear, openToReturn: filters.openToReturn },
    scheduledAt: broadcast?.scheduledAt ? toLocalDateTime(broadcast.scheduledAt, timeZone) : "",
  };
}

/** Everything the compose form offers to choose from, in the reader's language. */
export async function composeChoices(context: TenantContext) {
  const [categories, segments, departments, t, locale] = await Promise.all([
    broadcastCategories(context.tenant.id),
    listSegments(context),
    alumniDepartments(context),
    getTranslations("emailPreferences"),
    getLocale(),
  ]);
  const own = categories.flatMap((c) => (c.builtIn ? [] : [c]));
  return {
    categories: categories.map((c) => ({ value: c.key, label: categoryLabel(c.key, own, locale, t) })),
    segments: segments.map((s) => ({ value: s.id, label: s.name })),
    departments,
  };
}
