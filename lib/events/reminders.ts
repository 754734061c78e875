import "server-only";
import { db } from "@/lib/db";
import { mayEmail } from "@/lib/email/preferences";
import { sendEmail } from "@/lib/email/send-email";
import { isLocale } from "@/lib/i18n/config";
import { composeEventNotice, loadEventForNotice, recipientsOf } from "./notices";

const WINDOW_MS = 24 * 60 * 60 * 1000;
const BATCH = 100;

/**
 * The reminder cron: everyone holding a seat at a published event that starts within the next 24 hours gets one
 * reminder. Each registration is claimed (reminderSentAt set where it was empty) before its mail goes, so a job that
 * runs twice, or two workers at once, send it once; a failed send gives the claim back for the next run. A member
 * who turned off event mail is not reminded (the claim stays: they are not asked again).
 */
export async function sendDueReminders(now = new Date()): Promise<{ sent: number; failed: number }> {
  const outcome = { sent: 0, failed: 0 };
  let after: string | undefined;
  for (;;) {
    const due = await db.eventRegistration.findMany({
      where: {
        status: "GOING",
        reminderSentAt: null,
        event: { status: "PUBLISHED", startsAt: { gt: now, lte: new Date(now.getTime() + WINDOW_MS) }, tenant: { status: "ACTIVE" } },
        ...(after ? { id: { gt: after } } : {}),
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, tenantId: true, eventId: true, membershipId: true },
    });
    if (!due.length) {
      return outcome;
    }
    for (const registration of due) {
      const { count } = await db.eventRegistration.updateMany({
        where: { id: registration.id, tenantId: registration.tenantId, status: "GOING", reminderSentAt: null },
        data: { reminderSentAt: now },
      });
      if (count !== 1 || !(await mayEmail(registration.tenantId, registration.membershipId, "events"))) {
        continue;
      }
      try {
        const event = await loadEventForNotice(registration.tenantId, registration.eventId);
        const fallback = event && isLocale(event.tenant.defaultLocale) ? event.tenant.defaultLocale : "ja";
        const [recipient] = await recipientsOf(registration.tenantId, registration.eventId, [registration.id], ["GOING"], fallback);
        if (!event || !recipient) {
          continue;
        }
        await sendEmail({
          to: recipient.email,
          ...composeEventNotice(event, "reminder", recipient),
          tenantId: registration.tenantId,
          tag: "event-reminder",
          idempotencyKey: `event-reminder-${registration.id}-${event.startsAt.getTime()}`,
        });
        outcome.sent++;
      } catch (error) {
        outcome.failed++;
        await db.eventRegistration.updateMany({ where: { id: registration.id, tenantId: registration.tenantId, reminderSentAt: now }, data: { reminderSentAt: null } });
        console.error(`Event reminder ${registration.id} not sent:`, error);
      }
    }
    after = due[due.length - 1]!.id;
  }
}
