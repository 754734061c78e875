import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const PLATFORM_ACTIONS = ["tenant.create", "tenant.suspend", "tenant.reactivate"] as const;
export type PlatformAction = (typeof PLATFORM_ACTIONS)[number];

/** Records an operator's action in the caller's transaction, so the log holds exactly what was done. */
export async function recordPlatformAudit(tx: Tx, actorId: string, action: PlatformAction, tenantId: string, details: Prisma.InputJsonObject = {}): Promise<void> {
  await tx.platformAuditEvent.create({ data: { actorId, action, tenantId, details } });
}

/** The operators' log, newest first, with who did it and the company's name as it is now (if it still exists). */
export async function listPlatformAudit(take = 200) {
  const events = await db.platformAuditEvent.findMany({ orderBy: { createdAt: "desc" }, take, select: { id: true, actorId: true, action: true, tenantId: true, details: true, createdAt: true } });
  const [actors, tenants] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...new Set(events.map((e) => e.actorId))] } }, select: { id: true, name: true, email: true } }),
    db.tenant.findMany({ where: { id: { in: [...new Set(events.flatMap((e) => (e.tenantId ? [e.tenantId] : [])))] } }, select: { id: true, slug: true, name: true, nameEn: true } }),
  ]);
  const actor = new Map(actors.map((a) => [a.id, a.name ?? a.email]));
  const tenant = new Map(tenants.map((t) => [t.id, t]));
  return events.map((e) => ({ ...e, action: e.action as PlatformAction, actor: actor.get(e.actorId) ?? null, tenant: e.tenantId ? (tenant.get(e.tenantId) ?? null) : null }));
}
