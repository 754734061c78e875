// Every queue Kizuna uses, with the data its jobs carry.
export const QUEUES = {
  sendInvitations: "invitations.send",
  // Cron: sends scheduled invitations that are due.
  releaseScheduledInvitations: "invitations.release-scheduled",
  // Cron: forgets webhook deliveries too old to be retried.
  pruneWebhookDeliveries: "webhooks.prune",
  // Cron: forgets abuse-limit counters whose window ended (lib/abuse/limits.ts).
  pruneRateLimits: "abuse.prune-rate-limits",
  // Cron: brings every company's daily program figures (goal charts, trends) up to date.
  refreshSnapshots: "analytics.refresh-snapshots",
  announceSurvey: "surveys.announce",
  // Mail to an event's registrants: confirmation, waiting list, promotion, change, cancellation.
  sendEventNotices: "events.notices",
  // Cron: the 24-hour reminders that are due.
  sendEventReminders: "events.reminders",
  // Cron: gives seats freed by people who left the network to the waiting line.
  fillFreedSeats: "events.fill-freed-seats",
  // An announcement's recipients: one set-based fan-out, then its email batches (lib/broadcasts/delivery).
  fanOutBroadcast: "broadcasts.fan-out",
  sendBroadcastBatch: "broadcasts.send-batch",
  // Cron: starts scheduled announcements that are due.
  releaseScheduledBroadcasts: "broadcasts.release-scheduled",
  // Mail to a person an alumnus referred, once HR accepted the referral.
  sendReferralInvite: "opportunities.referral-invite",
  // Mail to an alumnus when HR shares a new status on their interest.
  sendStatusNotice: "opportunities.status-notice",
  // Cron: the guided setup's planned invitation waves to past leavers (lib/playbook/setup/waves.ts).
  sendInvitationWaves: "playbook.invitation-waves",
  // Cron: mails staff the pipeline items nobody touched for the company's N days.
  sendPipelineReminders: "opportunities.pipeline-reminders",
  // The preview card of the first link in a feed post (lib/feed/link-preview.ts).
  fetchLinkPreview: "feed.link-preview",
  // Mail about one notification, for people who take that category's mail at once (lib/notifications, decisions/024).
  emailNotification: "notifications.email",
  // Cron: one digest mail per person who takes a category's mail daily.
  sendNotificationDigests: "notifications.daily-digest",
  // Cron: looks up the DNS proof of companies' domains still waiting for it, and forgets used sign-in passes.
  verifyPendingDomains: "domains.verify-pending",
  // One outgoing webhook delivery, retried with backoff (lib/webhooks-out, decisions/029).
  deliverWebhook: "webhooks-out.deliver",
} as const;

export type SendInvitationsJob = { tenantId: string; invitationIds: string[] };

export type AnnounceSurveyJob = { tenantId: string; surveyId: string };
export type EventNoticeKind = "confirmed" | "waitlisted" | "promoted" | "changed" | "cancelled";
export type SendEventNoticesJob = { tenantId: string; eventId: string; kind: EventNoticeKind; registrationIds: string[]; key: string };

export type FanOutBroadcastJob = { tenantId: string; broadcastId: string };
export type SendBroadcastBatchJob = { tenantId: string; broadcastId: string; batch: number };

export type SendReferralInviteJob = { tenantId: string; referralId: string };
// `status`: the words shared; the mail goes only while they are still the interest's shared status.
export type SendStatusNoticeJob = { tenantId: string; interestId: string; eventId: string; status: string };

export type FeedLinkPreviewJob = { tenantId: string; postId: string; url: string };

export type EmailNotificationJob = { tenantId: string; notificationId: string };

export type DeliverWebhookJob = { tenantId: string; deliveryId: string };
