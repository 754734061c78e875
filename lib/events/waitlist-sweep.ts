import "server-only";
import { db } from "@/lib/db";
import { enqueueEventNotices } from "./enqueue";
import { lockEvent, promoteWaitlist, SEAT_TRANSACTION } from "./seats";

/**
 * The waiting-line cron: seats free up without anyone answering too — a member who held one leaves the network,
 * is suspended or removed, or deletes their account. Every few minutes, each upcoming published event with people
 * waiting gets its line moved up under the usual lock, and those promoted are mailed.
 */
export async function fillFreedSeats(now = new Date()): Promise<number> {
  const events = await db.event.findMany({
    where: { status: "PUBLISHED", startsAt: { gt: now }, tenant: { status: "ACTIVE" }, registrations: { some: { status: "WAITLISTED" } } },
    select: { id: true, tenantId: true },
  });
  let promoted = 0;
  for (const { id, tenantId } of events) {
    promoted += await db.$transaction(async (tx) => {
      const event = await lockEvent(tx, tenantId, id);
      if (!event) {
        return 0;
      }
      const ids = await promoteWaitlist(tx, event);
      await enqueueEventNotices(tx, { tenantId, eventId: id, kind: "promoted", registrationIds: ids });
      return ids.length;
    }, SEAT_TRANSACTION);
  }
  return promoted;
}
