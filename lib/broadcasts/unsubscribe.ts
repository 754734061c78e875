import "server-only";
import { db } from "@/lib/db";
import { deliveryIdOf } from "./unsubscribe-token";

export type UnsubscribeTarget = {
  deliveryId: bigint;
  tenantId: string;
  membershipId: string;
  category: string;
  tenant: { slug: string; name: string; nameEn: string | null };
  categoryNames: { nameJa: string; nameEn: string } | null;
  alreadyOff: boolean;
};

/** What an unsubscribe link would turn off (null for a forged or stale link), without changing anything. */
export async function unsubscribeTarget(token: string): Promise<UnsubscribeTarget | null> {
  const deliveryId = deliveryIdOf(token);
  if (deliveryId === null) {
    return null;
  }
  const delivery = await db.broadcastDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      tenantId: true,
      membershipId: true,
      broadcast: { select: { category: true } },
      tenant: { select: { slug: true, name: true, nameEn: true } },
    },
  });
  if (!delivery) {
    return null;
  }
  const { category } = delivery.broadcast;
  const [names, preference] = await Promise.all([
    db.broadcastCategory.findUnique({ where: { tenantId_key: { tenantId: delivery.tenantId, key: category } }, select: { nameJa: true, nameEn: true } }),
    db.emailPreference.findUnique({ where: { tenantId_membershipId_category: { tenantId: delivery.tenantId, membershipId: delivery.membershipId, category } }, select: { enabled: true } }),
  ]);
  return { deliveryId, tenantId: delivery.tenantId, membershipId: delivery.membershipId, category, tenant: delivery.tenant, categoryNames: names, alreadyOff: preference?.enabled === false };
}

/**
 * Turns off the link's category for its member in that company (nothing else: not other categories, not other
 * companies) and records it on the delivery for the announcement's statistics. Idempotent: a second click or a
 * mail client's one-click POST after the button press changes nothing more.
 */
export async function unsubscribe(token: string, now = new Date()): Promise<UnsubscribeTarget | null> {
  const target = await unsubscribeTarget(token);
  if (!target) {
    return null;
  }
  const { tenantId, membershipId, category } = target;
  await db.$transaction([
    db.emailPreference.upsert({
      where: { tenantId_membershipId_category: { tenantId, membershipId, category } },
      create: { tenantId, membershipId, category, enabled: false },
      update: { enabled: false },
    }),
    db.broadcastDelivery.updateMany({ where: { id: target.deliveryId, unsubscribedAt: null }, data: { unsubscribedAt: now } }),
  ]);
  return { ...target, alreadyOff: true };
}
