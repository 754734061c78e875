import "server-only";
import { createElement } from "react";
import { sendEmail } from "@/lib/email/send-email";
import { NoticeEmail } from "@/lib/email/templates/notice-email";
import { env } from "@/lib/env";
import type { AppLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";

const baseUrl = () => env().AUTH_URL ?? "http://localhost:3000";

/** The link that proves the person reads the new address. Account mail: always sent, whatever the preferences. */
export async function sendEmailChangeLink(to: string, token: string, locale: AppLocale) {
  const t = translatorFor(locale, "emailChange");
  await sendEmail({
    to,
    subject: t("mail.confirmSubject"),
    tag: "email-change",
    react: createElement(NoticeEmail, {
      lang: locale,
      brand: "Kizuna",
      preview: t("mail.confirmSubject"),
      paragraphs: [t("mail.confirmBody", { email: to })],
      action: { label: t("mail.confirmButton"), url: `${baseUrl()}/account/email/${token}`, fallback: t("mail.fallback") },
      footer: t("mail.confirmIgnore"),
    }),
  });
}

/**
 * Tells the old address its account moved, with a link (7 days) that moves it back and signs everyone out: for
 * people without a password, a borrowed session could otherwise take the account for good.
 */
export async function sendEmailChangedNotice(to: string, newEmail: string, undoToken: string, locale: AppLocale) {
  const t = translatorFor(locale, "emailChange");
  await sendEmail({
    to,
    subject: t("mail.changedSubject"),
    tag: "email-changed",
    react: createElement(NoticeEmail, {
      lang: locale,
      brand: "Kizuna",
      preview: t("mail.changedSubject"),
      paragraphs: [t("mail.changedBody", { email: newEmail }), t("mail.changedNotYou")],
      action: { label: t("mail.undoButton"), url: `${baseUrl()}/account/email/undo/${undoToken}`, fallback: t("mail.fallback") },
      footer: t("mail.changedFooter"),
    }),
  });
}
