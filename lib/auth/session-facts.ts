import "server-only";
import { db } from "@/lib/db";
import type { Locale, Role } from "@/lib/generated/prisma/enums";

export type SessionMembership = { tenantSlug: string; tenantName: string; tenantNameEn: string | null; role: Role };

export type SessionFacts = {
  name: string | null;
  email: string;
  locale: Locale | null;
  isPlatformOperator: boolean;
  sessionsValidFrom: Date | null;
  memberships: SessionMembership[];
};

/** What every page may need to know about the signed-in user: one query, read fresh on each request. */
export async function loadSessionFacts(userId: string): Promise<SessionFacts | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      locale: true,
      isPlatformOperator: true,
      sessionsValidFrom: true,
      memberships: {
        where: { status: "ACTIVE", tenant: { status: "ACTIVE" } },
        select: { role: true, tenant: { select: { slug: true, name: true, nameEn: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!user) {
    return null;
  }
  return {
    name: user.name,
    email: user.email,
    locale: user.locale,
    isPlatformOperator: user.isPlatformOperator,
    sessionsValidFrom: user.sessionsValidFrom,
    memberships: user.memberships.map((m) => ({
      tenantSlug: m.tenant.slug,
      tenantName: m.tenant.name,
      tenantNameEn: m.tenant.nameEn,
      role: m.role,
    })),
  };
}
