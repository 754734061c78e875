import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db";
import { mayEmail } from "@/lib/email/preferences";
import { sendEmail } from "@/lib/email/send-email";
import { NoticeEmail } from "@/lib/email/templates/notice-email";
import { translatorFor } from "@/lib/i18n/messages";
import type { EmailNotificationJob } from "@/lib/jobs/queues";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { describe, localeOf, type MailedNotification } from "./compose";
import { KIND_CATEGORY } from "./kinds";

/**
 * The `notifications.email` job: the mail about one notification, for a recipient who takes its category's mail
 * at once. The claim (`emailedAt`, only while the line changed since its last mail) makes a burst of messages
 * merged into one line before the job ran one mail, and a retried job no second one; a failed send gives the claim
 * back and throws, so pg-boss retries. Preferences and the address are asked again here: they may have changed
 * since the job was queued.
 */
export async function sendNotificationEmail(job: EmailNotificationJob): Promise<boolean> {
  const found = await db.notification.findFirst({
    where: { id: job.notificationId, tenantId: job.tenantId, tenant: { status: "ACTIVE" } },
    select: {
      kind: true, recipientId: true,
      tenant: { select: { slug: true, name: true, nameEn: true, defaultLocale: true } },
      recipient: { select: { user: { select: { email: true, locale: true } } } },
    },
  });
  const category = found ? KIND_CATEGORY[found.kind] : null;
  if (!found || !category || !(await mayEmail(job.tenantId, found.recipientId, category)) || (await isDaily(job.tenantId, found.recipientId, category))) {
    return false;
  }
  const [claimed] = await db.$queryRaw<(MailedNotification & { previous: Date | null; claimedAt: Date })[]>`
    UPDATE "Notification" n SET "emailedAt" = now()
    FROM "Notification" old
    WHERE old.id = n.id AND n.id = ${job.notificationId} AND n."tenantId" = ${job.tenantId} AND (n."emailedAt" IS NULL OR n."emailedAt" < n."updatedAt")
    RETURNING n.id, n.kind, n."actorId", n."refId", n.path, n.excerpt, n.count, old."emailedAt" AS previous, n."emailedAt" AS "claimedAt"`;
  if (!claimed) {
    return false;
  }
  const locale = localeOf(found.recipient.user.locale, found.tenant.defaultLocale);
  const company = tenantDisplayName(found.tenant, locale);
  const [line] = await describe(job.tenantId, [claimed], locale, company);
  const t = translatorFor(locale, "notifications");
  const values = { company, actor: line!.actor, subject: line!.subject ?? "" };
  try {
    await sendEmail({
      to: found.recipient.user.email,
      subject: line!.subject ? t("email.subjectAbout", { title: line!.title, subject: line!.subject }) : t("email.subject", { title: line!.title, company }),
      react: createElement(NoticeEmail, {
        lang: locale,
        brand: company,
        preview: line!.title,
        paragraphs: [line!.subject ? t("email.leadAbout", { title: line!.title, subject: line!.subject }) : line!.title, ...(line!.excerpt ? [line!.excerpt] : [])],
        action: { label: t("email.open"), url: line!.url, fallback: t("email.fallback") },
        footer: t("email.footer", values),
      }),
      tenantId: job.tenantId,
      tag: `notification-${claimed.kind.toLowerCase()}`,
      idempotencyKey: `notification-${claimed.id}-${claimed.claimedAt.getTime()}`,
    });
  } catch (error) {
    await db.notification.updateMany({ where: { id: claimed.id, tenantId: job.tenantId, emailedAt: claimed.claimedAt }, data: { emailedAt: claimed.previous } });
    throw error;
  }
  return true;
}

async function isDaily(tenantId: string, membershipId: string, category: string): Promise<boolean> {
  const row = await db.emailPreference.findFirst({ where: { tenantId, membershipId, category }, select: { frequency: true } });
  return row?.frequency === "DAILY";
}
