import "server-only";
import { db } from "@/lib/db";
import type { TenantStatus } from "@/lib/generated/prisma/enums";
import { rateOf } from "@/lib/analytics/rate";

type Row = {
  id: string;
  slug: string;
  name: string;
  nameEn: string | null;
  status: TenantStatus;
  createdAt: Date;
  suspendedAt: Date | null;
  suspendedReason: string | null;
  members: number;
  alumni: number;
  active30: number;
  lastActiveOn: Date | null;
  roster: number;
  joined: number;
};

/**
 * Every company with what an operator watches: members, registration rate (joined ÷ roster), 30-day active rate
 * of alumni and the last day anyone used the portal. Two grouped passes (memberships, roster), read through the
 * (tenantId, role, status, lastActiveOn) index; "30 days" counted in UTC days, near enough for an overview.
 */
export async function listTenantsForOperator() {
  const rows = await db.$queryRaw<Row[]>`
    SELECT t.id, t.slug, t.name, t."nameEn", t.status::text AS status, t."createdAt", t."suspendedAt", t."suspendedReason",
           coalesce(m.members, 0)::int AS members, coalesce(m.alumni, 0)::int AS alumni, coalesce(m.active30, 0)::int AS active30,
           m."lastActiveOn", coalesce(r.roster, 0)::int AS roster, coalesce(r.joined, 0)::int AS joined
    FROM "Tenant" t
    LEFT JOIN (
      SELECT "tenantId", count(*) FILTER (WHERE status = 'ACTIVE') AS members,
             count(*) FILTER (WHERE role = 'ALUMNI' AND status = 'ACTIVE') AS alumni,
             count(*) FILTER (WHERE role = 'ALUMNI' AND status = 'ACTIVE' AND "lastActiveOn" > current_date - 30) AS active30,
             max("lastActiveOn") AS "lastActiveOn"
      FROM "Membership" GROUP BY "tenantId"
    ) m ON m."tenantId" = t.id
    LEFT JOIN (SELECT "tenantId", count(*) AS roster, count("membershipId") AS joined FROM "RosterEntry" GROUP BY "tenantId") r ON r."tenantId" = t.id
    ORDER BY t."createdAt"`;
  return rows.map((r) => ({ ...r, registration: rateOf(r.joined, r.roster), active: rateOf(r.active30, r.alumni) }));
}

export type OperatorTenant = Awaited<ReturnType<typeof listTenantsForOperator>>[number];
