import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isInSegment } from "@/lib/segments/audience";
import type { TenantContext } from "@/lib/tenancy/resolve";

// Who may see an event: the one place that decides it. An event is for everyone in the company, or for the members
// of a saved segment (who is in it is decided when asked, from the segment's filters). Every list, page, RSVP,
// cover and calendar file asks these two functions.

/** The segments, among those events are aimed at, that this member is in today. */
async function segmentsOfViewer(context: TenantContext): Promise<string[]> {
  const tenantId = context.tenant.id;
  const aimed = await db.event.findMany({ where: { tenantId, segmentId: { not: null } }, distinct: ["segmentId"], select: { segmentId: true } });
  const checks = await Promise.all(aimed.map(async ({ segmentId }) => ((await isInSegment(tenantId, segmentId!, context.membership.id)) ? segmentId! : null)));
  return checks.filter((id): id is string => id !== null);
}

/**
 * Events this member may see: published or cancelled ones of their company meant for everyone or for a segment
 * they are in; staff who manage events see all of them, drafts included.
 */
export async function visibleEventsWhere(context: TenantContext): Promise<Prisma.EventWhereInput> {
  if (context.permissions.has("events.manage")) {
    return { tenantId: context.tenant.id };
  }
  const mine = await segmentsOfViewer(context);
  return { tenantId: context.tenant.id, status: { in: ["PUBLISHED", "CANCELLED"] }, OR: [{ segmentId: null }, { segmentId: { in: mine } }] };
}

/** Whether this member may see this event (its row, already scoped to the tenant). */
export async function canSeeEvent(context: TenantContext, event: { tenantId: string; status: string; segmentId: string | null }): Promise<boolean> {
  if (event.tenantId !== context.tenant.id) {
    return false;
  }
  if (context.permissions.has("events.manage")) {
    return true;
  }
  return event.status !== "DRAFT" && (!event.segmentId || (await isInSegment(context.tenant.id, event.segmentId, context.membership.id)));
}
