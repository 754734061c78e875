import "server-only";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { translatorFor } from "@/lib/i18n/messages";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { languagesOf, loadBroadcastContent } from "./content";
import { broadcastElement, preferencesUrl } from "./render";

export type TestSend = { to: string; languages: string[] };

/**
 * "Send a test to myself": the staff member's own address gets the announcement as alumni will, once per language
 * it is written in, the subject marked [TEST]/[テスト]. Goes through `sendEmail` (the outbox locally), never to
 * alumni, and changes nothing about the announcement. Null when the company has no such announcement or the
 * person may not draft announcements (the action answers 404).
 */
export async function sendBroadcastTest(context: TenantContext, broadcastId: string): Promise<TestSend | null> {
  if (!context.permissions.has("broadcast.draft")) {
    return null;
  }
  const content = await loadBroadcastContent(context.tenant.id, broadcastId);
  const me = await db.user.findUnique({ where: { id: context.userId }, select: { email: true } });
  if (!content || !me) {
    return null;
  }
  const languages = languagesOf(content);
  for (const locale of languages) {
    const t = translatorFor(locale, "broadcastEmail");
    // A test has no delivery of its own to unsubscribe from: its footer link opens the preference centre.
    const { element, from, subject } = broadcastElement(content, locale, {
      subjectPrefix: t("testPrefix"),
      notice: t("testNotice"),
      unsubscribeUrl: preferencesUrl(content.tenant.slug),
    });
    await sendEmail({ to: me.email, subject, from, react: element, tenantId: context.tenant.id, tag: "broadcast-test" });
  }
  return { to: me.email, languages };
}
