// Every queue Kizuna uses, with the data its jobs carry.
export const QUEUES = {
  sendInvitations: "invitations.send",
  // Cron: sends scheduled invitations that are due.
  releaseScheduledInvitations: "invitations.release-scheduled",
  // Mail to an event's registrants: confirmation, waiting list, promotion, change, cancellation.
  sendEventNotices: "events.notices",
  // Cron: the 24-hour reminders that are due.
  sendEventReminders: "events.reminders",
  // Cron: gives seats freed by people who left the network to the waiting line.
  fillFreedSeats: "events.fill-freed-seats",
} as const;

export type SendInvitationsJob = { tenantId: string; invitationIds: string[] };

export type EventNoticeKind = "confirmed" | "waitlisted" | "promoted" | "changed" | "cancelled";
export type SendEventNoticesJob = { tenantId: string; eventId: string; kind: EventNoticeKind; registrationIds: string[]; key: string };
