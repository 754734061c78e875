import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/generated/prisma/enums";
import type { TenantContext } from "@/lib/tenancy/resolve";

const PAGE = 50;

/** The company's announcements, newest first (drafts and scheduled ones by when they were last touched). */
export async function listBroadcasts(context: TenantContext) {
  return db.broadcast.findMany({
    where: { tenantId: context.tenant.id },
    orderBy: [{ createdAt: "desc" }],
    take: PAGE,
    select: {
      id: true,
      status: true,
      category: true,
      subjectJa: true,
      subjectEn: true,
      audience: true,
      scheduledAt: true,
      startedAt: true,
      completedAt: true,
      recipientCount: true,
      updatedAt: true,
    },
  });
}

export async function getBroadcastForAdmin(context: TenantContext, broadcastId: string) {
  return db.broadcast.findFirst({ where: { id: broadcastId, tenantId: context.tenant.id } });
}

export type BroadcastText = { subjectJa: string | null; bodyJa: string | null; subjectEn: string | null; bodyEn: string | null };

/** The language version a reader gets: their own when written, else the other. */
export function versionFor<T extends BroadcastText>(broadcast: T, locale: Locale | string): { subject: string; body: string; locale: Locale } {
  const ja = broadcast.subjectJa && broadcast.bodyJa ? { subject: broadcast.subjectJa, body: broadcast.bodyJa, locale: "ja" as const } : null;
  const en = broadcast.subjectEn && broadcast.bodyEn ? { subject: broadcast.subjectEn, body: broadcast.bodyEn, locale: "en" as const } : null;
  return (locale === "en" ? (en ?? ja) : (ja ?? en)) ?? { subject: "", body: "", locale: "ja" };
}
