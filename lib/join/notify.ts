import "server-only";
import { createElement } from "react";
import { sendEmail } from "@/lib/email/send-email";
import { NoticeEmail } from "@/lib/email/templates/notice-email";
import { env } from "@/lib/env";
import type { AppLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";

type Kind = "joinLink" | "approved" | "rejected";

/** The self-sign-up emails: the link that proves the address, and HR's decision either way. */
export async function sendJoinNotice(kind: Kind, to: string, options: { locale: AppLocale; company: string; tenantId: string; path: string; reason?: string }) {
  const t = translatorFor(options.locale, "email");
  const url = `${env().AUTH_URL ?? "http://localhost:3000"}${options.path}`;
  const values = { company: options.company, reason: options.reason ?? "" };
  const paragraphs = [t(`${kind}.body`, values), ...(kind === "rejected" && options.reason ? [t("rejected.reason", values)] : [])];
  await sendEmail({
    to,
    subject: t(`${kind}.subject`, values),
    tenantId: options.tenantId,
    tag: `join-${kind}`,
    react: createElement(NoticeEmail, {
      lang: options.locale,
      brand: options.company,
      preview: t(`${kind}.subject`, values),
      paragraphs,
      action: kind === "rejected" ? undefined : { label: t(`${kind}.button`), url, fallback: t("magicLink.fallback") },
      footer: t("invitation.footer", values),
    }),
  });
}
