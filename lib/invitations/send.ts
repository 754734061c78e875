import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { InvitationEmail, invitationSubject } from "@/lib/email/templates/invitation-email";
import { isSuppressed } from "@/lib/email/suppressions";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { tenantDisplayName } from "@/lib/tenancy/display";
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
  const locale = isLocale(tenant.defaultLocale) ? tenant.defaultLocale : "ja";
  const company = tenantDisplayName(tenant, locale);
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
    const expires = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: tenant.timezone }).format(invitation.expiresAt);
    const email = await sendEmail({
      to: invitation.email,
      subject: invitationSubject(locale, company),
      react: createElement(InvitationEmail, { locale, company, name: invitation.rosterEntry.name, url, expires }),
      tenantId,
      tag: "invitation",
      idempotencyKey: `invitation-${invitation.id}-${invitation.nonce}`,
    });
    await db.invitation.updateMany({ where: { id: invitation.id, tenantId, status: "PENDING", nonce: invitation.nonce }, data: { status: "SENT", sentAt: new Date(), emailId: email.id } });
    sent++;
  }
  return sent;
}
