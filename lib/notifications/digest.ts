import "server-only";
import { createHash } from "node:crypto";
import { createElement } from "react";
import { db } from "@/lib/db";
import { mayEmail } from "@/lib/email/preferences";
import { sendEmail } from "@/lib/email/send-email";
import { DigestEmail } from "@/lib/email/templates/digest-email";
import { translatorFor } from "@/lib/i18n/messages";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { absoluteUrl, describe, localeOf, type MailedNotification } from "./compose";

/** A digest lists this many lines; the rest are on the bell. */
const DIGEST_ITEMS = 30;
/** Older unread lines are not mailed (someone who just switched to the digest is not sent last year's). */
const DIGEST_DAYS = 7;

type Claimed = MailedNotification & { tenantId: string; recipientId: string; updatedAt: Date; previous: Date | null; claimedAt: Date };

/**
 * The daily digest (decisions/024): every unread notification not mailed since it last changed, whose recipient
 * takes that kind's category daily, is claimed in one statement (`emailedAt`, UPDATE … RETURNING), so overlapping
 * or repeated runs never take a line twice; then each person gets one mail, in their language, listing theirs with
 * links. A failed send gives that person's lines back for the next run. Someone whose mail is off (all mail, a
 * bounced address, left the company) keeps the lines on the bell only. `tenantId` limits a run to one company.
 */
export async function sendNotificationDigests(now = new Date(), tenantId: string | null = null): Promise<{ sent: number; failed: number; items: number }> {
  const outcome = { sent: 0, failed: 0, items: 0 };
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "Notification" n SET "emailedAt" = now()
    FROM "Notification" old
    WHERE old.id = n.id AND (${tenantId}::text IS NULL OR n."tenantId" = ${tenantId}) AND n."readAt" IS NULL AND (n."emailedAt" IS NULL OR n."emailedAt" < n."updatedAt")
      AND n."updatedAt" > ${now}::timestamp - make_interval(days => ${DIGEST_DAYS})
      AND EXISTS (SELECT 1 FROM "EmailPreference" p WHERE p."tenantId" = n."tenantId" AND p."membershipId" = n."recipientId"
        AND p.enabled AND p.frequency = 'DAILY'
        AND p.category = CASE WHEN n.kind IN ('COMMENT', 'MENTION') THEN 'feed' WHEN n.kind = 'APPROVAL' THEN 'approvals' ELSE 'messages' END)
    RETURNING n.id, n."tenantId", n."recipientId", n.kind, n."actorId", n."refId", n.path, n.excerpt, n.count, n."updatedAt",
      old."emailedAt" AS previous, n."emailedAt" AS "claimedAt"`;
  outcome.items = claimed.length;
  const byPerson = new Map<string, Claimed[]>();
  for (const row of claimed) {
    const key = `${row.tenantId}:${row.recipientId}`;
    byPerson.set(key, [...(byPerson.get(key) ?? []), row]);
  }
  for (const rows of byPerson.values()) {
    const { tenantId, recipientId } = rows[0]!;
    try {
      if (await sendDigest(tenantId, recipientId, rows)) {
        outcome.sent++;
      }
    } catch (error) {
      outcome.failed++;
      for (const row of rows) {
        await db.notification.updateMany({ where: { id: row.id, tenantId, emailedAt: row.claimedAt }, data: { emailedAt: row.previous } });
      }
      console.error(`Notification digest to member ${recipientId} not sent:`, error);
    }
  }
  return outcome;
}

async function sendDigest(tenantId: string, recipientId: string, rows: Claimed[]): Promise<boolean> {
  if (!(await mayEmail(tenantId, recipientId, "all"))) {
    return false;
  }
  const recipient = await db.membership.findFirstOrThrow({
    where: { id: recipientId, tenantId },
    select: { tenant: { select: { slug: true, name: true, nameEn: true, defaultLocale: true } }, user: { select: { email: true, locale: true } } },
  });
  const locale = localeOf(recipient.user.locale, recipient.tenant.defaultLocale);
  const company = tenantDisplayName(recipient.tenant, locale);
  const t = translatorFor(locale, "notifications");
  const newestFirst = [...rows].sort((a, b) => Number(b.updatedAt) - Number(a.updatedAt) || b.id.localeCompare(a.id));
  const lines = await describe(tenantId, newestFirst.slice(0, DIGEST_ITEMS), locale, company);
  const values = { company, count: rows.length };
  const key = createHash("sha256").update(rows.map((r) => r.id).sort().join(",")).digest("hex").slice(0, 32);
  await sendEmail({
    to: recipient.user.email,
    subject: t("digest.subject", values),
    react: createElement(DigestEmail, {
      lang: locale,
      brand: company,
      preview: t("digest.subject", values),
      lead: t("digest.lead", values),
      items: lines,
      more: rows.length > DIGEST_ITEMS ? t("digest.more", { count: rows.length - DIGEST_ITEMS }) : null,
      action: { label: t("digest.open"), url: absoluteUrl(`/${recipient.tenant.slug}/notifications`) },
      footer: t("email.footer", values),
    }),
    tenantId,
    tag: "notification-digest",
    idempotencyKey: `notification-digest-${key}`,
  });
  return true;
}
