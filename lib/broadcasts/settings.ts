import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { ALL_CATEGORIES, EMAIL_CATEGORIES } from "@/lib/email/categories";

export type CategoryOutcome = { ok: true } | { ok: false; reason: "keyTaken" };

/** Adds one of the company's own announcement categories; a key that is built in or already used is refused. */
export async function addBroadcastCategory(context: TenantContext, input: { key: string; nameJa: string; nameEn: string }): Promise<CategoryOutcome> {
  // The built-in announcement categories are email categories too; "all" is the master switch's row.
  if ([...EMAIL_CATEGORIES, ALL_CATEGORIES].includes(input.key)) {
    return { ok: false, reason: "keyTaken" };
  }
  try {
    await db.broadcastCategory.create({ data: { tenantId: context.tenant.id, ...input } });
    return { ok: true };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, reason: "keyTaken" };
    }
    throw error;
  }
}

/** Renames one of the company's own categories (the key, which members' preferences refer to, stays). */
export async function renameBroadcastCategory(context: TenantContext, key: string, names: { nameJa: string; nameEn: string }): Promise<boolean> {
  const { count } = await db.broadcastCategory.updateMany({ where: { tenantId: context.tenant.id, key }, data: names });
  return count > 0;
}

/** Whether HR staff of the company may send announcements themselves (an owner's or admin's choice). */
export async function setHrMaySend(context: TenantContext, allowed: boolean): Promise<void> {
  const grants = new Set(context.tenant.hrGrants);
  if (allowed) {
    grants.add("broadcast.send");
  } else {
    grants.delete("broadcast.send");
  }
  await db.tenant.update({ where: { id: context.tenant.id }, data: { hrGrants: [...grants] } });
}

