import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";

// What a member sees of announcements: the ones that reached them (a PORTAL delivery row), never the company's
// list. A delivery row is the proof they were in the audience on the day it was sent.

const PAGE = 20;

export type AnnouncementItem = {
  deliveryId: string;
  broadcastId: string;
  category: string;
  subjectJa: string | null;
  subjectEn: string | null;
  bodyJa: string | null;
  bodyEn: string | null;
  sentAt: Date;
  read: boolean;
};

/** A page of the member's announcements, newest first; `before` is the last delivery id of the previous page. */
export async function listAnnouncements(context: TenantContext, before?: string): Promise<{ items: AnnouncementItem[]; next: string | null }> {
  const cursor = before && /^\d{1,19}$/.test(before) ? BigInt(before) : undefined;
  const rows = await db.broadcastDelivery.findMany({
    where: { tenantId: context.tenant.id, membershipId: context.membership.id, channel: "PORTAL", ...(cursor ? { id: { lt: cursor } } : {}) },
    orderBy: { id: "desc" },
    take: PAGE + 1,
    select: {
      id: true,
      createdAt: true,
      readAt: true,
      broadcast: { select: { id: true, category: true, subjectJa: true, subjectEn: true, bodyJa: true, bodyEn: true } },
    },
  });
  const items = rows.slice(0, PAGE).map((r) => ({
    deliveryId: String(r.id),
    broadcastId: r.broadcast.id,
    category: r.broadcast.category,
    subjectJa: r.broadcast.subjectJa,
    subjectEn: r.broadcast.subjectEn,
    bodyJa: r.broadcast.bodyJa,
    bodyEn: r.broadcast.bodyEn,
    sentAt: r.createdAt,
    read: r.readAt !== null,
  }));
  return { items, next: rows.length > PAGE ? items.at(-1)!.deliveryId : null };
}

/** One announcement as the member received it (null when it did not reach them), marked read on the way. */
export async function openAnnouncement(context: TenantContext, broadcastId: string) {
  const where = { tenantId: context.tenant.id, membershipId: context.membership.id, broadcastId, channel: "PORTAL" as const };
  const delivery = await db.broadcastDelivery.findFirst({
    where,
    select: { id: true, createdAt: true, readAt: true, broadcast: { select: { id: true, category: true, subjectJa: true, subjectEn: true, bodyJa: true, bodyEn: true } } },
  });
  if (!delivery) {
    return null;
  }
  if (!delivery.readAt) {
    await db.broadcastDelivery.updateMany({ where: { ...where, readAt: null }, data: { readAt: new Date() } });
  }
  return { ...delivery.broadcast, sentAt: delivery.createdAt };
}

/** How many announcements the member has not opened yet: the badge beside "Announcements". Once per request. */
export const unreadAnnouncements = cache(async (tenantId: string, membershipId: string): Promise<number> =>
  db.broadcastDelivery.count({ where: { tenantId, membershipId, channel: "PORTAL", readAt: null } }),
);

/** Marks every announcement of the member read. */
export async function markAllAnnouncementsRead(context: TenantContext): Promise<void> {
  await db.broadcastDelivery.updateMany({ where: { tenantId: context.tenant.id, membershipId: context.membership.id, channel: "PORTAL", readAt: null }, data: { readAt: new Date() } });
}
