import { db } from "@/lib/db";
import type { MembershipStatus, Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

export async function createTenant(overrides: { slug?: string; name?: string; status?: "ACTIVE" | "SUSPENDED" } = {}) {
  const id = next();
  return db.tenant.create({ data: { slug: overrides.slug ?? `co-${id}`, name: overrides.name ?? `テスト株式会社 ${id}`, status: overrides.status } });
}

export async function createUser(overrides: { email?: string; name?: string; password?: string } = {}) {
  return db.user.create({
    data: {
      email: overrides.email ?? `user-${next()}@example.com`,
      name: overrides.name ?? "テスト 太郎",
      passwordHash: overrides.password ? await hashPassword(overrides.password) : null,
    },
  });
}

export async function createMember(tenantId: string, role: Role = "ALUMNI", status: MembershipStatus = "ACTIVE") {
  const user = await createUser();
  const membership = await db.membership.create({ data: { tenantId, userId: user.id, role, status } });
  return { user, membership };
}

export async function createAlumnus(tenantId: string, profile: { displayName?: string; visibility?: object; openToReturn?: boolean; location?: string } = {}) {
  const { user, membership } = await createMember(tenantId, "ALUMNI");
  const created = await db.alumniProfile.create({
    data: {
      tenantId,
      membershipId: membership.id,
      displayName: profile.displayName ?? user.name ?? "アルムナイ",
      currentCompany: "メルカリ",
      location: profile.location ?? "東京都",
      openToReturn: profile.openToReturn ?? false,
      visibility: profile.visibility ?? {},
      lastActiveAt: new Date(),
    },
  });
  return { user, membership, profile: created };
}
