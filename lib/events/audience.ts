import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/resolve";

// Who may see an event: the one place that decides it. Today an event's audience is everyone in the company;
// when saved segments arrive, an event with a segmentId adds "or the viewer is in that segment" here, and every
// list, page, RSVP, cover and calendar file follows, because they all ask these two functions.

/** Events this member may see: published or cancelled ones of their company; staff who manage events see drafts too. */
export function visibleEventsWhere(context: TenantContext): Prisma.EventWhereInput {
  if (context.permissions.has("events.manage")) {
    return { tenantId: context.tenant.id };
  }
  return { tenantId: context.tenant.id, status: { in: ["PUBLISHED", "CANCELLED"] } };
}

/** Whether this member may see this event (its row, already scoped to the tenant). */
export function canSeeEvent(context: TenantContext, event: { tenantId: string; status: string }): boolean {
  if (event.tenantId !== context.tenant.id) {
    return false;
  }
  return context.permissions.has("events.manage") || event.status !== "DRAFT";
}
