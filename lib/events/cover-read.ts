import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { visibleEventsWhere } from "./audience";

/** An event's cover for a member who may see the event, or null (404). */
export async function getCoverForViewer(context: TenantContext, eventId: string) {
  const event = await db.event.findFirst({
    where: { AND: [await visibleEventsWhere(context), { id: eventId, tenantId: context.tenant.id }] },
    select: { cover: { select: { image: true, version: true } } },
  });
  return event?.cover ? { image: new Uint8Array(event.cover.image), version: event.cover.version } : null;
}
