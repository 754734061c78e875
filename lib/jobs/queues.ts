// Every queue Kizuna uses, with the data its jobs carry.
export const QUEUES = {
  sendInvitations: "invitations.send",
} as const;

export type SendInvitationsJob = { tenantId: string; invitationIds: string[] };
