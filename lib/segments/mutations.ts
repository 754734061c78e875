import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { segmentFiltersSchema, type SegmentFilters } from "./schema";

export type SegmentOutcome = { ok: true; id: string } | { ok: false; reason: "nameTaken" | "notFound" };

const nameTaken = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** Saves the filters under a name; a name already used in this company is refused, not overwritten. */
export async function createSegment(context: TenantContext, name: string, filters: SegmentFilters): Promise<SegmentOutcome> {
  try {
    const segment = await db.segment.create({
      data: { tenantId: context.tenant.id, name, filters: segmentFiltersSchema.parse(filters), createdById: context.userId },
      select: { id: true },
    });
    return { ok: true, id: segment.id };
  } catch (error) {
    if (nameTaken(error)) {
      return { ok: false, reason: "nameTaken" };
    }
    throw error;
  }
}

export async function renameSegment(context: TenantContext, segmentId: string, name: string): Promise<SegmentOutcome> {
  try {
    const { count } = await db.segment.updateMany({ where: { id: segmentId, tenantId: context.tenant.id }, data: { name } });
    return count === 1 ? { ok: true, id: segmentId } : { ok: false, reason: "notFound" };
  } catch (error) {
    if (nameTaken(error)) {
      return { ok: false, reason: "nameTaken" };
    }
    throw error;
  }
}

export async function deleteSegment(context: TenantContext, segmentId: string): Promise<SegmentOutcome> {
  const { count } = await db.segment.deleteMany({ where: { id: segmentId, tenantId: context.tenant.id } });
  return count === 1 ? { ok: true, id: segmentId } : { ok: false, reason: "notFound" };
}
