// Every queue Kizuna uses, with the data its jobs carry.
export const QUEUES = {
  sendInvitations: "invitations.send",
  // Cron: sends scheduled invitations that are due.
  releaseScheduledInvitations: "invitations.release-scheduled",
} as const;

export type SendInvitationsJob = { tenantId: string; invitationIds: string[] };
