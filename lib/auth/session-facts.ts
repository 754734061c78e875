import "server-only";
import { db } from "@/lib/db";
import type { Locale, Role } from "@/lib/generated/prisma/enums";

export type SessionMembership = { tenantId: string; tenantSlug: string; tenantName: string; tenantNameEn: string | null; role: Role };

export type SessionFacts = {
  name: string | null;
  email: string;
  locale: Locale | null;
  isPlatformOperator: boolean;
  sessionsValidFrom: Date | null;
  memberships: SessionMembership[];
};

type Row = Omit<SessionFacts, "memberships"> & { memberships: SessionMembership[] | string };

/**
 * What every page may need to know about the signed-in user, read fresh on each request. One statement (the
 * memberships aggregated as JSON): Prisma's nested read of user → memberships → tenants took three round trips
 * on every signed-in request.
 */
export async function loadSessionFacts(userId: string): Promise<SessionFacts | null> {
  const [user] = await db.$queryRaw<Row[]>`
    SELECT u.name, u.email, u.locale::text AS locale, u."isPlatformOperator", u."sessionsValidFrom",
      coalesce((
        SELECT json_agg(json_build_object('tenantId', t.id, 'tenantSlug', t.slug, 'tenantName', t.name, 'tenantNameEn', t."nameEn", 'role', m.role)
          ORDER BY m."createdAt", m.id)
        FROM "Membership" m JOIN "Tenant" t ON t.id = m."tenantId"
        WHERE m."userId" = u.id AND m.status = 'ACTIVE' AND t.status = 'ACTIVE'
      ), '[]'::json) AS memberships
    FROM "User" u WHERE u.id = ${userId}`;
  if (!user) {
    return null;
  }
  return {
    name: user.name,
    email: user.email,
    locale: user.locale,
    isPlatformOperator: user.isPlatformOperator,
    sessionsValidFrom: user.sessionsValidFrom,
    memberships: typeof user.memberships === "string" ? (JSON.parse(user.memberships) as SessionMembership[]) : user.memberships,
  };
}
