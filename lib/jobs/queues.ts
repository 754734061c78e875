// Every queue Kizuna uses, with the data its jobs carry.
export const QUEUES = {
  sendInvitations: "invitations.send",
  // Cron: sends scheduled invitations that are due.
  releaseScheduledInvitations: "invitations.release-scheduled",
  // Cron: forgets webhook deliveries too old to be retried.
  pruneWebhookDeliveries: "webhooks.prune",
} as const;

export type SendInvitationsJob = { tenantId: string; invitationIds: string[] };
