import "server-only";
import { pruneRateLimits } from "@/lib/abuse/limits";
import { startBroadcastWorkers } from "@/lib/broadcasts/delivery/workers";
import { releaseDueBroadcasts } from "@/lib/broadcasts/release";
import { pruneWebhookDeliveries } from "@/lib/email/webhooks/prune";
import { verifyPendingDomains } from "@/lib/domains/manage";
import { pruneSignInPasses } from "@/lib/domains/sign-in-pass";
import { sendEventNotices } from "@/lib/events/notices";
import { sendDueReminders } from "@/lib/events/reminders";
import { fillFreedSeats } from "@/lib/events/waitlist-sweep";
import { refreshAllSnapshots } from "@/lib/goals/snapshots";
import { releaseDueInvitations } from "@/lib/invitations/release";
import { fetchLinkPreview } from "@/lib/feed/link-preview";
import { sendInvitationEmails } from "@/lib/invitations/send";
import { sendNotificationDigests } from "@/lib/notifications/digest";
import { sendNotificationEmail } from "@/lib/notifications/email";
import { sendReferralInvite } from "@/lib/opportunities/referral-email";
import { sendPipelineReminders } from "@/lib/opportunities/reminders";
import { sendInvitationWaves } from "@/lib/playbook/setup/waves";
import { sendStatusNotice } from "@/lib/opportunities/status-notice";
import { announceSurvey } from "@/lib/surveys/announce";
import { startWebhookWorker } from "@/lib/webhooks-out/worker";
import { jobQueue } from "./boss";
import { QUEUES, type AnnounceSurveyJob, type EmailNotificationJob, type FeedLinkPreviewJob, type SendEventNoticesJob, type SendInvitationsJob, type SendReferralInviteJob, type SendStatusNoticeJob } from "./queues";

/** Starts this process's job workers (in-process locally; a separate deployment can run the same). */
export async function startJobWorkers(): Promise<void> {
  const boss = await jobQueue();
  await boss.work<SendInvitationsJob>(QUEUES.sendInvitations, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) {
      await sendInvitationEmails(job.data.tenantId, job.data.invitationIds);
    }
  });
  await boss.schedule(QUEUES.releaseScheduledInvitations, "*/5 * * * *");
  await boss.work(QUEUES.releaseScheduledInvitations, async () => {
    await releaseDueInvitations();
  });
  await boss.work<SendEventNoticesJob>(QUEUES.sendEventNotices, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) {
      await sendEventNotices(job.data);
    }
  });
  await boss.schedule(QUEUES.sendEventReminders, "*/10 * * * *");
  await boss.work(QUEUES.sendEventReminders, async () => {
    await sendDueReminders();
  });
  await boss.schedule(QUEUES.fillFreedSeats, "*/5 * * * *");
  await boss.work(QUEUES.fillFreedSeats, async () => {
    await fillFreedSeats();
  });
  await boss.work<AnnounceSurveyJob>(QUEUES.announceSurvey, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) {
      await announceSurvey(job.data.tenantId, job.data.surveyId);
    }
  });
  await boss.schedule(QUEUES.refreshSnapshots, "7 * * * *");
  await boss.work(QUEUES.refreshSnapshots, async () => {
    await refreshAllSnapshots();
  });
  await boss.schedule(QUEUES.releaseScheduledBroadcasts, "* * * * *");
  await boss.work(QUEUES.releaseScheduledBroadcasts, async () => {
    await releaseDueBroadcasts();
  });
  await startBroadcastWorkers(boss);
  await boss.schedule(QUEUES.pruneRateLimits, "27 3 * * *");
  await boss.work(QUEUES.pruneRateLimits, async () => {
    await pruneRateLimits();
  });
  await boss.schedule(QUEUES.pruneWebhookDeliveries, "17 3 * * *");
  await boss.work(QUEUES.pruneWebhookDeliveries, async () => {
    await pruneWebhookDeliveries();
  });
  await boss.work<SendReferralInviteJob>(QUEUES.sendReferralInvite, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) {
      await sendReferralInvite(job.data);
    }
  });
  await boss.work<SendStatusNoticeJob>(QUEUES.sendStatusNotice, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) {
      await sendStatusNotice(job.data);
    }
  });
  // 00:00 UTC is 9:00 in Japan, where most companies are: the reminder is there when the working day starts.
  // 01:00 UTC is 10:00 in Japan: invitations arrive in the morning, and HR is at work to answer replies.
  await boss.schedule(QUEUES.sendInvitationWaves, "0 1 * * *");
  await boss.work(QUEUES.sendInvitationWaves, async () => {
    await sendInvitationWaves();
  });
  await boss.schedule(QUEUES.sendPipelineReminders, "0 0 * * *");
  await boss.work(QUEUES.sendPipelineReminders, async () => {
    await sendPipelineReminders();
  });
  await boss.work<EmailNotificationJob>(QUEUES.emailNotification, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) {
      await sendNotificationEmail(job.data);
    }
  });
  await boss.work<FeedLinkPreviewJob>(QUEUES.fetchLinkPreview, { pollingIntervalSeconds: 2 }, async (jobs) => {
    for (const job of jobs) {
      await fetchLinkPreview(job.data);
    }
  });
  // 23:00 UTC is 8:00 in Japan: the day's digest is there with the morning's first look at mail.
  await boss.schedule(QUEUES.sendNotificationDigests, "0 23 * * *");
  await boss.work(QUEUES.sendNotificationDigests, async () => {
    await sendNotificationDigests();
  });
  await boss.schedule(QUEUES.verifyPendingDomains, "*/10 * * * *");
  await boss.work(QUEUES.verifyPendingDomains, async () => {
    await verifyPendingDomains();
    await pruneSignInPasses();
  });
  await startWebhookWorker(boss);
}
