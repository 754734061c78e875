import "server-only";
import { db, type Tx } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { displayNames } from "@/lib/inbox/people";
import type { TenantContext } from "@/lib/tenancy/resolve";

// Everything here is scoped by the caller's company and membership: another person's notification id, or another
// company's, finds nothing (the pages and actions turn that into a 404).

const read = () => ({ readAt: new Date(), openKey: null });

/** The bell: unread lines of one member, from the (tenantId, recipientId, readAt) index alone. */
export function unreadNotifications(tenantId: string, membershipId: string): Promise<number> {
  return db.notification.count({ where: { tenantId, recipientId: membershipId, readAt: null } });
}

export type NotificationLine = {
  id: string; kind: NotificationKind; actor: string | null; excerpt: string | null; count: number; updatedAt: Date; read: boolean;
};

/** The notifications page: the newest 100 lines, unread or not. */
export async function listNotifications(context: TenantContext, take = 100): Promise<NotificationLine[]> {
  const tenantId = context.tenant.id;
  const rows = await db.notification.findMany({
    where: { tenantId, recipientId: context.membership.id },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, kind: true, actorId: true, excerpt: true, count: true, updatedAt: true, readAt: true },
  });
  const names = await displayNames(tenantId, rows.flatMap((r) => (r.actorId ? [r.actorId] : [])));
  return rows.map((r) => ({
    id: r.id, kind: r.kind, actor: (r.actorId && names.get(r.actorId)) || null, excerpt: r.excerpt, count: r.count, updatedAt: r.updatedAt, read: r.readAt !== null,
  }));
}

/** Opens one of the caller's own notifications: marks it read and answers where it points. Null: not theirs. */
export async function openNotification(context: TenantContext, id: string): Promise<string | null> {
  const where = { id, tenantId: context.tenant.id, recipientId: context.membership.id };
  const found = await db.notification.findFirst({ where, select: { path: true, readAt: true } });
  if (!found) {
    return null;
  }
  if (!found.readAt) {
    await db.notification.updateMany({ where: { ...where, readAt: null }, data: read() });
  }
  return found.path;
}

/** "Mark all read": the caller's own lines in this company; how many were unread. */
export async function markAllNotificationsRead(context: TenantContext): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { tenantId: context.tenant.id, recipientId: context.membership.id, readAt: null }, data: read() });
  return count;
}

/**
 * The thing a notification points at was seen where it lives (a conversation opened in the thread): its unread
 * lines for this member are read too, so the bell and the thread agree.
 */
export async function markNotificationsReadFor(tenantId: string, membershipId: string, refId: string, kinds?: NotificationKind[]): Promise<void> {
  await db.notification.updateMany({ where: { tenantId, recipientId: membershipId, refId, readAt: null, ...(kinds ? { kind: { in: kinds } } : {}) }, data: read() });
}

/** Something was dealt with for everyone (a join request decided): every recipient's unread line about it is read. */
export async function resolveNotifications(tx: Tx, tenantId: string, kind: NotificationKind, refId: string): Promise<void> {
  await tx.notification.updateMany({ where: { tenantId, kind, refId, readAt: null }, data: read() });
}
