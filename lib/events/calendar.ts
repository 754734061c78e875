import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";

// The calendar forms of an event: an .ics file (attached to confirmations, downloadable from the event page)
// and "add to Google / Outlook" links. Times are UTC instants, which every calendar shows in its owner's zone.

export type CalendarEvent = {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  updatedAt: Date;
  createdAt: Date;
  cancelled: boolean;
  /** The venue's address, or the join URL for someone holding a seat at an online event. */
  location: string | null;
  url: string;
  organizer: string;
};

export function eventIcs(event: CalendarEvent): string {
  const calendar = ical({ prodId: { company: "Kizuna", product: "Events", language: "JA" }, method: ICalCalendarMethod.PUBLISH, name: event.organizer });
  calendar.createEvent({
    // Stable across changes, so a calendar updates the entry it has rather than adding a second one.
    id: `${event.id}@kizuna`,
    // Higher for every later version of the event.
    sequence: Math.max(0, Math.floor((event.updatedAt.getTime() - event.createdAt.getTime()) / 1000)),
    start: event.startsAt,
    end: event.endsAt,
    stamp: event.updatedAt,
    summary: event.title,
    description: `${event.description}\n\n${event.url}`.trim(),
    location: event.location,
    url: event.url,
    status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}

const compact = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

export function googleCalendarLink(event: CalendarEvent): string {
  const query = new URLSearchParams({
    action: "TEMPLATE",
    text: event.title,
    dates: `${compact(event.startsAt)}/${compact(event.endsAt)}`,
    details: event.url,
    ...(event.location ? { location: event.location } : {}),
  });
  return `https://calendar.google.com/calendar/render?${query}`;
}

export function outlookCalendarLink(event: CalendarEvent): string {
  const query = new URLSearchParams({
    path: "/calendar/action/compose",
    rru: "addevent",
    subject: event.title,
    startdt: event.startsAt.toISOString(),
    enddt: event.endsAt.toISOString(),
    body: event.url,
    ...(event.location ? { location: event.location } : {}),
  });
  return `https://outlook.live.com/calendar/0/deeplink/compose?${query}`;
}
