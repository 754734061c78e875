import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";

/** Marks someone holding a seat as attended (or undoes it). False: no such registration among this event's seats. */
export async function markAttendance(context: TenantContext, eventId: string, registrationId: string, attended: boolean, now = new Date()): Promise<boolean> {
  const { count } = await db.eventRegistration.updateMany({
    where: { id: registrationId, tenantId: context.tenant.id, eventId, status: "GOING" },
    data: { attendedAt: attended ? now : null },
  });
  return count === 1;
}
