import "server-only";
import { db } from "@/lib/db";

/** Every tenant with its member counts: the operator's overview. */
export async function listTenantsForOperator() {
  const tenants = await db.tenant.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, slug: true, name: true, nameEn: true, status: true, createdAt: true, _count: { select: { memberships: true } } },
  });
  return tenants.map(({ _count, ...tenant }) => ({ ...tenant, members: _count.memberships }));
}
