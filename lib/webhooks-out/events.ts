// The events a company can subscribe an endpoint to (docs/decisions/029), and the one sent by "send test".
export const WEBHOOK_EVENTS = ["member.joined", "member.left", "interest.created", "rsvp.created"] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];
export const TEST_EVENT = "webhook.test";

export function isWebhookEvent(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENTS as readonly string[]).includes(value);
}

/** What every payload says about a member: ids an HR system can match on, and the name and address it knows. */
export type WebhookMember = {
  id: string;
  name: string | null;
  email: string | null;
  employeeNumber: string | null;
  rosterEntryId: string | null;
};

export type WebhookPayload = {
  /** The event's id: the same in every endpoint's delivery of it (and in a redelivery). */
  id: string;
  type: WebhookEventType | typeof TEST_EVENT;
  /** When the event happened, ISO 8601 in UTC. */
  timestamp: string;
  tenant: { id: string; slug: string };
  data: Record<string, unknown>;
};
