import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { InvitationEmail } from "@/lib/email/templates/invitation-email";
import { isSuppressed } from "@/lib/email/suppressions";
import { env } from "@/lib/env";
import { isLocale, type AppLocale } from "@/lib/i18n/config";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { fillTemplate, paragraphsOf } from "@/lib/templates/fill";
import { resolveTemplate, type ResolvedTemplate } from "@/lib/templates/store";
import { invitationToken } from "./token";

/**
 * The send job: mails each still-pending invitation and marks it sent. Safe to run twice: a sent invitation is
 * skipped, and a retried one mails the same link (and carries the same idempotency key to Resend). An address
 * that already bounced or complained is not mailed again: the invitation shows as bounced so HR can fix it.
 */
export async function sendInvitationEmails(tenantId: string, invitationIds: string[], now = new Date()): Promise<number> {
  const tenant = await db.tenant.findUnique({ where: { id: tenantId }, select: { slug: true, name: true, nameEn: true, defaultLocale: true, timezone: true } });
  if (!tenant) {
    return 0;
  }
  const companyLocale = isLocale(tenant.defaultLocale) ? tenant.defaultLocale : "ja";
  // Someone who joined another way since (or whose entry was linked by HR) needs no invitation any more.
  await db.invitation.updateMany({
    where: { id: { in: invitationIds }, tenantId, status: "PENDING", rosterEntry: { membershipId: { not: null } } },
    data: { status: "REVOKED", revokedAt: now },
  });
  const pending = await db.invitation.findMany({
    // A scheduled invitation waits for its time.
    where: { id: { in: invitationIds }, tenantId, status: "PENDING", OR: [{ scheduledFor: null }, { scheduledFor: { lte: now } }] },
    select: { id: true, nonce: true, email: true, expiresAt: true, rosterEntry: { select: { name: true } } },
  });
  const base = env().AUTH_URL ?? "http://localhost:3000";
  // Someone who already has a Kizuna account (another company's alumnus) reads it in their own language.
  const accounts = await db.user.findMany({ where: { email: { in: pending.map((i) => i.email) }, locale: { not: null } }, select: { email: true, locale: true } });
  const templates = new Map<AppLocale, ResolvedTemplate>();
  let sent = 0;
  for (const invitation of pending) {
    if (await isSuppressed(invitation.email)) {
      await db.invitation.updateMany({
        where: { id: invitation.id, tenantId, status: "PENDING", nonce: invitation.nonce },
        data: { status: "BOUNCED", bouncedAt: new Date(), bounceReason: "suppressed" },
      });
      continue;
    }
    const url = `${base}/${tenant.slug}/join/${invitationToken(invitation.id, invitation.nonce)}`;
    const saved = accounts.find((a) => a.email === invitation.email)?.locale;
    const locale: AppLocale = isLocale(saved) ? saved : companyLocale;
    const company = tenantDisplayName(tenant, locale);
    const expires = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: tenant.timezone }).format(invitation.expiresAt);
    if (!templates.has(locale)) {
      templates.set(locale, await resolveTemplate(tenantId, "invitation", locale));
    }
    const template = templates.get(locale)!;
    const values = { company, name: invitation.rosterEntry.name, link: url, date: expires };
    const email = await sendEmail({
      to: invitation.email,
      subject: fillTemplate(template.subject, values, "plain"),
      react: createElement(InvitationEmail, { locale, company, paragraphs: paragraphsOf(fillTemplate(template.body, values, "plain")), url, expires }),
      tenantId,
      tag: "invitation",
      idempotencyKey: `invitation-${invitation.id}-${invitation.nonce}`,
    });
    await db.invitation.updateMany({ where: { id: invitation.id, tenantId, status: "PENDING", nonce: invitation.nonce }, data: { status: "SENT", sentAt: new Date(), emailId: email.id } });
    sent++;
  }
  return sent;
}
