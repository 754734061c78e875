import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { isLocale, type AppLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { displayNames } from "@/lib/inbox/people";

export type MailedNotification = { id: string; kind: NotificationKind; actorId: string | null; refId: string; path: string; excerpt: string | null; count: number };

/** A notification's absolute link: the in-app path on the app's address. */
export const absoluteUrl = (path: string) => `${env().AUTH_URL ?? "http://localhost:3000"}${path}`;

/** The recipient's language: theirs, else the company's. */
export function localeOf(userLocale: string | null | undefined, tenantLocale: string | null | undefined): AppLocale {
  return isLocale(userLocale) ? userLocale : isLocale(tenantLocale) ? tenantLocale : "ja";
}

/** What the mail (and the bell) says each line is: "Sato Hanako replied", with "+2 more" for merged lines. */
export async function describe(tenantId: string, items: MailedNotification[], locale: AppLocale, company: string) {
  const t = translatorFor(locale, "notifications");
  const names = await displayNames(tenantId, items.flatMap((i) => (i.actorId ? [i.actorId] : [])));
  // Conversations' subjects, for the lines about messages.
  const conversationIds = items.filter((i) => i.kind === "COMPANY_REPLY" || i.kind === "INBOX_MESSAGE" || i.kind === "DIRECT_MESSAGE").map((i) => i.refId);
  const subjects = conversationIds.length
    ? new Map((await db.conversation.findMany({ where: { tenantId, id: { in: conversationIds } }, select: { id: true, subject: true } })).map((c) => [c.id, c.subject]))
    : new Map<string, string>();
  return items.map((item) => {
    const actor = (item.actorId && names.get(item.actorId)) || company;
    const title = t(`kinds.${item.kind}`, { actor });
    return {
      id: item.id,
      title: item.count > 1 ? `${title} ${t("more", { count: item.count - 1 })}` : title,
      subject: subjects.get(item.refId) ?? null,
      excerpt: item.excerpt,
      url: absoluteUrl(item.path),
      actor,
    };
  });
}
