import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db";
import { mayEmail } from "@/lib/email/preferences";
import { sendEmail } from "@/lib/email/send-email";
import { NoticeEmail } from "@/lib/email/templates/notice-email";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { tenantDisplayName } from "@/lib/tenancy/display";

/**
 * The announcement job: mails each recipient not yet mailed whose preferences allow company news, then marks
 * them. Safe to run again: marked recipients are skipped, and a retried send carries the same idempotency key.
 */
export async function announceSurvey(tenantId: string, surveyId: string): Promise<number> {
  const survey = await db.survey.findFirst({
    where: { id: surveyId, tenantId, status: "OPEN" },
    select: { title: true, anonymous: true, tenant: { select: { slug: true, name: true, nameEn: true, defaultLocale: true } } },
  });
  if (!survey) {
    return 0;
  }
  const recipients = await db.surveyRecipient.findMany({
    where: { tenantId, surveyId, emailedAt: null, answeredAt: null },
    select: { membershipId: true, membership: { select: { user: { select: { email: true, locale: true } } } } },
  });
  const url = `${env().AUTH_URL ?? "http://localhost:3000"}/${survey.tenant.slug}/surveys/${surveyId}`;
  let sent = 0;
  for (const r of recipients) {
    if (!(await mayEmail(tenantId, r.membershipId, "news"))) {
      continue;
    }
    const locale = r.membership.user.locale ?? (isLocale(survey.tenant.defaultLocale) ? survey.tenant.defaultLocale : "ja");
    const t = translatorFor(locale, "surveys");
    const company = tenantDisplayName(survey.tenant, locale);
    const subject = t("mail.subject", { company, title: survey.title });
    await sendEmail({
      to: r.membership.user.email,
      subject,
      tenantId,
      tag: "survey",
      idempotencyKey: `survey-${surveyId}-${r.membershipId}`,
      react: createElement(NoticeEmail, {
        lang: locale,
        brand: company,
        preview: subject,
        paragraphs: [t("mail.body", { company, title: survey.title }), ...(survey.anonymous ? [t("mail.anonymous")] : [])],
        action: { label: t("mail.button"), url, fallback: t("mail.fallback") },
        footer: t("mail.footer", { company }),
      }),
    });
    await db.surveyRecipient.updateMany({ where: { tenantId, surveyId, membershipId: r.membershipId, emailedAt: null }, data: { emailedAt: new Date() } });
    sent++;
  }
  return sent;
}
