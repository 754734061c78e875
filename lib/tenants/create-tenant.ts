import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import type { CompanyInput, OwnerAccountInput } from "./schema";

export type CreateTenantOutcome =
  | { ok: true; tenantId: string; slug: string }
  | { ok: false; reason: "slugTaken" | "emailHasAccount" };

type Owner = { existingUserId: string } | { account: OwnerAccountInput; locale: Locale };

/** A new company with its first owner, all or nothing. */
export async function createTenantWithOwner(company: CompanyInput, owner: Owner, defaultLocale: Locale): Promise<CreateTenantOutcome> {
  const passwordHash = "account" in owner ? await hashPassword(owner.account.ownerPassword) : null;
  try {
    return await db.$transaction(async (tx) => {
      let userId: string;
      if ("existingUserId" in owner) {
        userId = owner.existingUserId;
      } else {
        const existing = await tx.user.findUnique({ where: { email: owner.account.ownerEmail }, select: { id: true } });
        if (existing) {
          return { ok: false as const, reason: "emailHasAccount" as const };
        }
        const user = await tx.user.create({
          data: { email: owner.account.ownerEmail, name: owner.account.ownerName, passwordHash, locale: owner.locale },
          select: { id: true },
        });
        userId = user.id;
      }
      const tenant = await tx.tenant.create({
        data: { name: company.companyName, slug: company.slug, defaultLocale },
        select: { id: true, slug: true },
      });
      await tx.membership.create({ data: { tenantId: tenant.id, userId, role: "OWNER" } });
      return { ok: true as const, tenantId: tenant.id, slug: tenant.slug };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      // Two sign-ups racing for the same address or the same email: say which one lost.
      return { ok: false, reason: JSON.stringify(error.meta ?? {}).includes("email") ? "emailHasAccount" : "slugTaken" };
    }
    throw error;
  }
}

export async function isSlugTaken(slug: string): Promise<boolean> {
  return (await db.tenant.count({ where: { slug } })) > 0;
}
