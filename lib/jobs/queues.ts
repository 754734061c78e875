// Every queue Kizuna uses, with the data its jobs carry.
export const QUEUES = {
  sendInvitations: "invitations.send",
  // Cron: sends scheduled invitations that are due.
  releaseScheduledInvitations: "invitations.release-scheduled",
  // Cron: forgets webhook deliveries too old to be retried.
  pruneWebhookDeliveries: "webhooks.prune",
  // Cron: brings every company's daily program figures (goal charts, trends) up to date.
  refreshSnapshots: "analytics.refresh-snapshots",
  announceSurvey: "surveys.announce",
} as const;

export type SendInvitationsJob = { tenantId: string; invitationIds: string[] };

export type AnnounceSurveyJob = { tenantId: string; surveyId: string };
