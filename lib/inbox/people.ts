import "server-only";
import { db } from "@/lib/db";
import { STAFF_ROLES } from "@/lib/tenancy/permissions";
import type { TenantContext } from "@/lib/tenancy/resolve";

const nameSelect = { id: true, user: { select: { name: true, email: true } }, profile: { select: { displayName: true } } } as const;
type NameRow = { id: string; user: { name: string | null; email: string }; profile: { displayName: string } | null };
const nameOf = (m: NameRow) => m.profile?.displayName ?? m.user.name ?? m.user.email;

/** Display names of some memberships of one company (authors of a thread): id → name. */
export async function displayNames(tenantId: string, membershipIds: string[]): Promise<Map<string, string>> {
  if (!membershipIds.length) {
    return new Map();
  }
  const rows = await db.membership.findMany({ where: { tenantId, id: { in: [...new Set(membershipIds)] } }, select: nameSelect });
  return new Map(rows.map((m) => [m.id, nameOf(m)]));
}

/** The company's active staff, who share the inbox and may be assigned a conversation. */
export async function inboxStaff(context: TenantContext): Promise<{ id: string; name: string }[]> {
  const rows = await db.membership.findMany({
    where: { tenantId: context.tenant.id, role: { in: [...STAFF_ROLES] }, status: "ACTIVE" },
    select: nameSelect,
  });
  return rows.map((m) => ({ id: m.id, name: nameOf(m) })).sort((a, b) => a.name.localeCompare(b.name, "ja"));
}

/** Whether a membership is active staff of this company (an assignee must be). */
export async function isInboxStaff(tenantId: string, membershipId: string): Promise<boolean> {
  return (await db.membership.count({ where: { id: membershipId, tenantId, role: { in: [...STAFF_ROLES] }, status: "ACTIVE" } })) > 0;
}
