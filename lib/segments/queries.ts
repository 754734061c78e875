import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { readSegmentFilters } from "./schema";

/** The company's saved segments, by name. */
export async function listSegments(context: TenantContext) {
  const segments = await db.segment.findMany({
    where: { tenantId: context.tenant.id },
    orderBy: { name: "asc" },
    select: { id: true, name: true, filters: true, updatedAt: true },
  });
  return segments.map((s) => ({ ...s, filters: readSegmentFilters(s.filters) }));
}

/** One segment of this company, or null (also for another company's id). */
export async function getSegment(context: TenantContext, segmentId: string) {
  const segment = await db.segment.findFirst({
    where: { id: segmentId, tenantId: context.tenant.id },
    select: { id: true, name: true, filters: true, updatedAt: true },
  });
  return segment ? { ...segment, filters: readSegmentFilters(segment.filters) } : null;
}
