import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { auditNames } from "./people";

export const AUDIT_PAGE_SIZE = 50;

/** The tenant's audit log, newest first, keyset-paged by event id. */
export async function listAuditEvents(context: TenantContext, after?: string) {
  const tenantId = context.tenant.id;
  const events = await db.auditEvent.findMany({
    where: { tenantId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    ...(after ? { cursor: { id: after }, skip: 1 } : {}),
  });
  const shown = events.slice(0, AUDIT_PAGE_SIZE);
  const names = await auditNames(tenantId, shown);
  return {
    events: shown.map((e) => ({
      ...e,
      actorName: e.actorUserId ? (names.actor.get(e.actorUserId) ?? null) : null,
      targetName: e.targetMembershipId ? (names.member.get(e.targetMembershipId) ?? null) : e.targetRosterId ? (names.roster.get(e.targetRosterId) ?? null) : null,
    })),
    nextAfter: events.length > AUDIT_PAGE_SIZE ? shown[shown.length - 1]!.id : null,
  };
}
