import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db";
import { mayEmail } from "@/lib/email/preferences";
import { sendEmail } from "@/lib/email/send-email";
import { NoticeEmail } from "@/lib/email/templates/notice-email";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import type { NotifyMessageJob } from "@/lib/jobs/queues";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { displayNames } from "./people";

/** How much of a message the mail quotes; the rest is in the portal. */
const EXCERPT = 600;

/**
 * The `inbox.notify-message` job: staff's reply goes to the alumnus, the alumnus's message to the conversation's
 * assignee (an unassigned one waits in the shared inbox and its bell). Notes are never mailed. Each recipient's
 * "messages" preference decides, as for every non-account mail; the mail is in their language.
 */
export async function sendMessageEmail(job: NotifyMessageJob): Promise<boolean> {
  const message = await db.conversationMessage.findFirst({
    // Company conversations only: direct messages between alumni are the notifications module's (decisions/022).
    where: { id: job.messageId, tenantId: job.tenantId, internal: false, conversation: { kind: "COMPANY" }, tenant: { status: "ACTIVE" } },
    select: {
      id: true, body: true, fromStaff: true, authorId: true,
      conversation: { select: { id: true, subject: true, memberId: true, assigneeId: true } },
      tenant: { select: { slug: true, name: true, nameEn: true, defaultLocale: true } },
    },
  });
  const recipientId = message ? (message.fromStaff ? message.conversation.memberId : message.conversation.assigneeId) : null;
  if (!message || !recipientId || recipientId === message.authorId || !(await mayEmail(job.tenantId, recipientId, "messages"))) {
    return false;
  }
  const recipient = await db.membership.findFirst({ where: { id: recipientId, tenantId: job.tenantId }, select: { user: { select: { email: true, locale: true } } } });
  if (!recipient) {
    return false;
  }
  const fallback = isLocale(message.tenant.defaultLocale) ? message.tenant.defaultLocale : "ja";
  const locale = isLocale(recipient.user.locale) ? recipient.user.locale : fallback;
  const t = translatorFor(locale, "inboxEmail");
  const company = tenantDisplayName(message.tenant, locale);
  const author = (await displayNames(job.tenantId, [message.authorId])).get(message.authorId) ?? company;
  const base = `${env().AUTH_URL ?? "http://localhost:3000"}/${message.tenant.slug}`;
  const url = message.fromStaff ? `${base}/messages/${message.conversation.id}` : `${base}/admin/inbox/${message.conversation.id}`;
  const excerpt = message.body.length > EXCERPT ? `${message.body.slice(0, EXCERPT)}…` : message.body;
  const values = { company, author, subject: message.conversation.subject };
  await sendEmail({
    to: recipient.user.email,
    subject: t(message.fromStaff ? "replySubject" : "messageSubject", values),
    react: createElement(NoticeEmail, {
      lang: locale,
      brand: company,
      preview: t("preview", values),
      paragraphs: [t(message.fromStaff ? "replyLead" : "messageLead", values), excerpt],
      action: { label: t("open"), url, fallback: t("fallback") },
      footer: t("footer", values),
    }),
    tenantId: job.tenantId,
    tag: "inbox-message",
    idempotencyKey: `inbox-message-${message.id}`,
  });
  return true;
}
