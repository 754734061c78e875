import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db";
import { isSuppressed } from "@/lib/email/suppressions";
import { sendEmail, type EmailAttachment } from "@/lib/email/send-email";
import { EventEmail } from "@/lib/email/templates/event-email";
import { env } from "@/lib/env";
import { isLocale, type AppLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import type { EventNoticeKind } from "@/lib/jobs/queues";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { eventIcs, googleCalendarLink, outlookCalendarLink, type CalendarEvent } from "./calendar";
import { formatEventRange, mapLinkFor } from "./format";

export type NoticeKind = EventNoticeKind | "reminder";

// Which registrations each notice is still true for when the job runs (someone may have cancelled since).
const STILL_TRUE: Record<NoticeKind, readonly string[]> = {
  confirmed: ["GOING"],
  promoted: ["GOING"],
  reminder: ["GOING"],
  waitlisted: ["WAITLISTED"],
  changed: ["GOING", "WAITLISTED"],
  cancelled: ["GOING", "WAITLISTED"],
};

const eventSelect = {
  id: true, title: true, description: true, format: true, joinUrl: true, venueName: true, venueAddress: true, mapUrl: true,
  startsAt: true, endsAt: true, timezone: true, status: true, createdAt: true, updatedAt: true,
  tenant: { select: { slug: true, name: true, nameEn: true, defaultLocale: true, status: true } },
} as const;

type NoticeEvent = NonNullable<Awaited<ReturnType<typeof loadEvent>>>;

function loadEvent(tenantId: string, eventId: string) {
  return db.event.findUnique({ where: { tenantId_id: { tenantId, id: eventId } }, select: eventSelect });
}

type Recipient = { registrationId: string; email: string; locale: AppLocale; name: string; status: string };

/** The mail itself, in the recipient's language. Exported for the reminder job, which shares it. */
export function composeEventNotice(event: NoticeEvent, kind: NoticeKind, recipient: Recipient) {
  const t = translatorFor(recipient.locale, "events");
  const company = tenantDisplayName(event.tenant, recipient.locale);
  const url = `${env().AUTH_URL ?? "http://localhost:3000"}/${event.tenant.slug}/events/${event.id}`;
  const holdsSeat = recipient.status === "GOING" && kind !== "cancelled";
  const where =
    event.format === "ONLINE"
      ? { label: t("email.online"), value: holdsSeat && event.joinUrl ? event.joinUrl : t("email.joinUrlForRegistrants"), href: holdsSeat && event.joinUrl ? event.joinUrl : undefined }
      : { label: t("email.venue"), value: [event.venueName, event.venueAddress].filter(Boolean).join(" / "), href: event.mapUrl ?? (event.venueAddress ? mapLinkFor(event.venueAddress) : undefined) };
  const calendarEvent: CalendarEvent = {
    id: event.id,
    title: event.title,
    description: event.description,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
    cancelled: kind === "cancelled",
    location: event.format === "ONLINE" ? (holdsSeat ? event.joinUrl : null) : event.venueAddress,
    url,
    organizer: company,
  };
  const withCalendar = holdsSeat && (kind === "confirmed" || kind === "promoted" || kind === "changed" || kind === "reminder");
  const values = { title: event.title, name: recipient.name, company };
  const subject = t(`email.${kind}.subject`, values);
  const react = createElement(EventEmail, {
    lang: recipient.locale,
    brand: company,
    preview: t(`email.${kind}.preview`, values),
    heading: event.title,
    paragraphs: [t("email.greeting", values), t(`email.${kind}.body`, values)],
    details: [{ label: t("email.when"), value: formatEventRange(event.startsAt, event.endsAt, event.timezone, recipient.locale) }, where],
    action: { label: t("email.open"), url },
    calendar: withCalendar
      ? { label: t("email.addToCalendar"), google: googleCalendarLink(calendarEvent), outlook: outlookCalendarLink(calendarEvent), googleLabel: "Google", outlookLabel: "Outlook", attached: t("email.icsAttached") }
      : undefined,
    footer: t("email.footer", values),
  });
  const attachments: EmailAttachment[] = withCalendar || kind === "cancelled" ? [{ filename: "event.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: eventIcs(calendarEvent) }] : [];
  return { subject, react, attachments };
}

/** Registrations of this event with who to mail, in their language (their own setting, else the company's). */
export async function recipientsOf(tenantId: string, eventId: string, registrationIds: string[], statuses: readonly string[], fallback: AppLocale): Promise<Recipient[]> {
  const rows = await db.eventRegistration.findMany({
    where: { tenantId, eventId, id: { in: registrationIds }, status: { in: statuses as never }, membership: { status: "ACTIVE" } },
    select: { id: true, status: true, membership: { select: { user: { select: { email: true, name: true, locale: true } }, profile: { select: { displayName: true } } } } },
  });
  return rows.map((r) => ({
    registrationId: r.id,
    status: r.status,
    email: r.membership.user.email,
    name: r.membership.profile?.displayName ?? r.membership.user.name ?? r.membership.user.email,
    locale: isLocale(r.membership.user.locale) ? r.membership.user.locale : fallback,
  }));
}

/**
 * The notice job: mails each registrant the notice that is still true for them. These answer the person's own
 * registration (their seat, their place in line, the event they hold a seat for), so they go even when the member
 * turned event announcements off — but never to an address that bounced. A retried job carries the same Resend
 * idempotency key.
 */
export async function sendEventNotices(job: { tenantId: string; eventId: string; kind: EventNoticeKind; registrationIds: string[]; key: string }): Promise<number> {
  const event = await loadEvent(job.tenantId, job.eventId);
  if (!event || event.tenant.status !== "ACTIVE") {
    return 0;
  }
  const fallback = isLocale(event.tenant.defaultLocale) ? event.tenant.defaultLocale : "ja";
  const recipients = await recipientsOf(job.tenantId, job.eventId, job.registrationIds, STILL_TRUE[job.kind], fallback);
  let sent = 0;
  for (const recipient of recipients) {
    if (await isSuppressed(recipient.email)) {
      continue;
    }
    await sendEmail({
      to: recipient.email,
      ...composeEventNotice(event, job.kind, recipient),
      tenantId: job.tenantId,
      tag: `event-${job.kind}`,
      idempotencyKey: `event-${job.kind}-${recipient.registrationId}-${job.key}`,
    });
    sent++;
  }
  return sent;
}

export { loadEvent as loadEventForNotice };
