import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { tenantDisplayName } from "@/lib/tenancy/display";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { visibleEventsWhere } from "./audience";
import { eventIcs, googleCalendarLink, outlookCalendarLink, type CalendarEvent } from "./calendar";

/** The calendar form of an event for a member holding a seat, or null (no seat, or no such event for them). */
export async function calendarEventForMember(context: TenantContext, eventId: string): Promise<CalendarEvent | null> {
  const event = await db.event.findFirst({
    where: {
      AND: [await visibleEventsWhere(context), { id: eventId, tenantId: context.tenant.id }],
      registrations: { some: { tenantId: context.tenant.id, membershipId: context.membership.id, status: "GOING" } },
    },
    select: { id: true, title: true, description: true, startsAt: true, endsAt: true, createdAt: true, updatedAt: true, status: true, format: true, joinUrl: true, venueAddress: true },
  });
  if (!event) {
    return null;
  }
  return {
    ...event,
    cancelled: event.status === "CANCELLED",
    location: event.format === "ONLINE" ? event.joinUrl : event.venueAddress,
    url: `${env().AUTH_URL ?? "http://localhost:3000"}/${context.tenant.slug}/events/${event.id}`,
    organizer: tenantDisplayName(context.tenant, "ja"),
  };
}

export async function calendarFileForMember(context: TenantContext, eventId: string): Promise<string | null> {
  const event = await calendarEventForMember(context, eventId);
  return event ? eventIcs(event) : null;
}

export function calendarLinksFor(event: CalendarEvent) {
  return { google: googleCalendarLink(event), outlook: outlookCalendarLink(event) };
}
