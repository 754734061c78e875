import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db";
import { isSuppressed } from "@/lib/email/suppressions";
import { sendEmail } from "@/lib/email/send-email";
import { NoticeEmail } from "@/lib/email/templates/notice-email";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import type { SendReferralInviteJob } from "@/lib/jobs/queues";
import { tenantDisplayName } from "@/lib/tenancy/display";

/**
 * The referral job: tells the referred person about the posting once HR accepted. They are not a member, so no
 * member preference applies; a bounced or complaining address still gets nothing. The mail is in the company's
 * language. A retried job carries the same Resend idempotency key.
 */
export async function sendReferralInvite(job: SendReferralInviteJob): Promise<boolean> {
  const referral = await db.referral.findFirst({
    where: { id: job.referralId, tenantId: job.tenantId, status: "ACCEPTED", tenant: { status: "ACTIVE" } },
    select: {
      id: true, name: true, email: true,
      posting: { select: { title: true, terms: true, location: true, remote: true, contactPerson: true } },
      referrer: { select: { user: { select: { name: true, email: true } }, profile: { select: { displayName: true } } } },
      tenant: { select: { slug: true, name: true, nameEn: true, defaultLocale: true } },
    },
  });
  if (!referral || (await isSuppressed(referral.email))) {
    return false;
  }
  const locale = isLocale(referral.tenant.defaultLocale) ? referral.tenant.defaultLocale : "ja";
  const t = translatorFor(locale, "opportunities");
  const company = tenantDisplayName(referral.tenant, locale);
  const referrer = referral.referrer.profile?.displayName ?? referral.referrer.user.name ?? referral.referrer.user.email;
  const values = { name: referral.name, referrer, company, title: referral.posting.title };
  const details = [
    referral.posting.location || referral.posting.remote ? t("email.where", { where: [referral.posting.location, referral.posting.remote ? t("remote") : null].filter(Boolean).join(" / ") }) : null,
    referral.posting.terms ? t("email.terms", { terms: referral.posting.terms }) : null,
    referral.posting.contactPerson ? t("email.contact", { contact: referral.posting.contactPerson }) : null,
  ].filter((p): p is string => p !== null);
  const url = `${env().AUTH_URL ?? "http://localhost:3000"}/${referral.tenant.slug}`;
  await sendEmail({
    to: referral.email,
    subject: t("email.subject", values),
    react: createElement(NoticeEmail, {
      lang: locale,
      brand: company,
      preview: t("email.preview", values),
      paragraphs: [t("email.greeting", values), t("email.body", values), ...details],
      action: { label: t("email.open", values), url, fallback: t("email.fallback") },
      footer: t("email.footer", values),
    }),
    tenantId: job.tenantId,
    tag: "referral-invite",
    idempotencyKey: `referral-invite-${referral.id}`,
  });
  return true;
}
