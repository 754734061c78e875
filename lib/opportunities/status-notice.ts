import "server-only";
import { createElement } from "react";
import { db, type Tx } from "@/lib/db";
import { mayEmail } from "@/lib/email/preferences";
import { sendEmail } from "@/lib/email/send-email";
import { NoticeEmail } from "@/lib/email/templates/notice-email";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { inTransaction, jobQueue } from "@/lib/jobs/boss";
import { QUEUES, type SendStatusNoticeJob } from "@/lib/jobs/queues";
import { tenantDisplayName } from "@/lib/tenancy/display";

/** Queues the mail telling an alumnus the new status HR shared, in the caller's transaction. */
export async function queueStatusNotice(tx: Tx, job: SendStatusNoticeJob): Promise<void> {
  const boss = await jobQueue();
  await boss.send(QUEUES.sendStatusNotice, job, { db: inTransaction(tx) });
}

/**
 * The status job: mails the alumnus the status the company chose to share — the words HR wrote, never the stage —
 * if it is still the current one (a status replaced before the job ran is not sent), the interest still stands, and
 * the member takes opportunity mail. A retried job carries the same Resend idempotency key.
 */
export async function sendStatusNotice(job: SendStatusNoticeJob): Promise<boolean> {
  const interest = await db.interest.findFirst({
    where: { id: job.interestId, tenantId: job.tenantId, withdrawnAt: null, sharedStatus: job.status },
    select: {
      id: true, kind: true, membershipId: true,
      posting: { select: { title: true } },
      membership: { select: { user: { select: { email: true, name: true, locale: true } }, profile: { select: { displayName: true } } } },
      tenant: { select: { slug: true, name: true, nameEn: true, defaultLocale: true } },
    },
  });
  // A status replaced since is not sent: the replacement's own job tells what is true then.
  if (!interest || !(await mayEmail(job.tenantId, interest.membershipId, "opportunities"))) {
    return false;
  }
  const user = interest.membership.user;
  const locale = isLocale(user.locale) ? user.locale : isLocale(interest.tenant.defaultLocale) ? interest.tenant.defaultLocale : "ja";
  const t = translatorFor(locale, "opportunities");
  const company = tenantDisplayName(interest.tenant, locale);
  const values = {
    name: interest.membership.profile?.displayName ?? user.name ?? user.email,
    company,
    subject: interest.posting?.title ?? t(`mine.kind.${interest.kind as "CASUAL_CHAT" | "OPEN_TO_RETURN"}`),
    status: job.status,
  };
  const url = `${env().AUTH_URL ?? "http://localhost:3000"}/${interest.tenant.slug}/opportunities/mine`;
  await sendEmail({
    to: user.email,
    subject: t("statusEmail.subject", values),
    react: createElement(NoticeEmail, {
      lang: locale,
      brand: company,
      preview: t("statusEmail.preview", values),
      paragraphs: [t("statusEmail.greeting", values), t("statusEmail.body", values), values.status],
      action: { label: t("statusEmail.open"), url, fallback: t("statusEmail.fallback") },
      footer: t("statusEmail.footer", values),
    }),
    tenantId: job.tenantId,
    tag: "interest-status",
    idempotencyKey: `interest-status-${job.eventId}`,
  });
  return true;
}
