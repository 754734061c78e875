import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";

// Canned replies belong to the company; every caller holds inbox.manage (the actions and pages check it).

export function listCannedReplies(context: TenantContext) {
  return db.cannedReply.findMany({ where: { tenantId: context.tenant.id }, orderBy: { title: "asc" }, select: { id: true, title: true, body: true } });
}

export async function createCannedReply(context: TenantContext, reply: { title: string; body: string }): Promise<string> {
  const created = await db.cannedReply.create({ data: { tenantId: context.tenant.id, ...reply, createdById: context.membership.id }, select: { id: true } });
  return created.id;
}

/** False when there is no such reply in this company. */
export async function deleteCannedReply(context: TenantContext, cannedReplyId: string): Promise<boolean> {
  return (await db.cannedReply.deleteMany({ where: { id: cannedReplyId, tenantId: context.tenant.id } })).count > 0;
}
