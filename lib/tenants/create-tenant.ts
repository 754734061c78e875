import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import type { CompanyInput, OwnerAccountInput } from "./schema";

export type CreateTenantOutcome =
  | { ok: true; tenantId: string; slug: string }
  | { ok: false; reason: "slugTaken" | "emailHasAccount" };

// The owner: the signed-in person, a new account from the sign-up form, or (an operator creating the company)
// whoever has this address — a new account without a password when nobody does; they sign in with an email link.
type Owner = { existingUserId: string } | { account: OwnerAccountInput; locale: Locale } | { byEmail: { email: string; name: string }; locale: Locale };

/** A new company with its first owner, all or nothing; `also` writes more in the same transaction (an audit row). */
export async function createTenantWithOwner(
  company: CompanyInput & { nameEn?: string | null },
  owner: Owner,
  defaultLocale: Locale,
  also?: (tx: Prisma.TransactionClient, tenantId: string) => Promise<unknown>,
): Promise<CreateTenantOutcome> {
  const passwordHash = "account" in owner ? await hashPassword(owner.account.ownerPassword) : null;
  try {
    return await db.$transaction(async (tx) => {
      let userId: string;
      if ("existingUserId" in owner) {
        userId = owner.existingUserId;
      } else if ("byEmail" in owner) {
        const user = await tx.user.upsert({
          where: { email: owner.byEmail.email },
          create: { email: owner.byEmail.email, name: owner.byEmail.name, locale: owner.locale },
          update: {},
          select: { id: true },
        });
        userId = user.id;
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
        data: { name: company.companyName, nameEn: company.nameEn ?? null, slug: company.slug, defaultLocale },
        select: { id: true, slug: true },
      });
      await tx.membership.create({ data: { tenantId: tenant.id, userId, role: "OWNER" } });
      await also?.(tx, tenant.id);
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
