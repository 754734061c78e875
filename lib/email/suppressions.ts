import "server-only";
import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import type { SuppressionReason } from "@/lib/generated/prisma/enums";
import type { TenantContext } from "@/lib/tenancy/resolve";


// A complaint outlives the account it came from, without keeping the address: the row is then keyed by a hash.
const hashed = (address: string) => `sha256:${createHash("sha256").update(address).digest("hex")}`;

/** Whether an address bounced or complained (also before its account was deleted): invitations and company mail skip it. */
export async function isSuppressed(email: string): Promise<boolean> {
  const address = email.toLowerCase();
  return (await db.emailSuppression.count({ where: { email: { in: [address, hashed(address)] } } })) > 0;
}

export async function suppressionOf(email: string) {
  const address = email.toLowerCase();
  return db.emailSuppression.findFirst({ where: { email: { in: [address, hashed(address)] } }, select: { reason: true, detail: true, createdAt: true } });
}

export async function suppressAddress(email: string, reason: SuppressionReason, detail: string | null, tx: Tx = db): Promise<void> {
  const address = email.toLowerCase();
  await tx.emailSuppression.upsert({ where: { email: address }, create: { email: address, reason, detail }, update: { reason, detail } });
}

/**
 * Account deletion: the address goes from the no-mail list, except a spam complaint, which stays as a hash, so a
 * new account on the same address is not mailed by companies the person asked to stop.
 */
export async function forgetSuppression(tx: Tx, email: string): Promise<void> {
  const address = email.toLowerCase();
  const row = await tx.emailSuppression.findUnique({ where: { email: address }, select: { reason: true } });
  await tx.emailSuppression.deleteMany({ where: { email: address } });
  if (row?.reason === "COMPLAINED") {
    await tx.emailSuppression.upsert({ where: { email: hashed(address) }, create: { email: hashed(address), reason: "COMPLAINED" }, update: {} });
  }
}

/**
 * HR lifts a bounce block for a roster entry's address (the mailbox was fixed, or the bounce was a fluke). Only
 * bounces: a spam complaint is the person's own wish, lifted only by them proving the address again.
 */
export async function liftBounceSuppression(context: TenantContext, rosterEntryId: string): Promise<boolean> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const entry = await tx.rosterEntry.findFirst({ where: { id: rosterEntryId, tenantId }, select: { email: true } });
    if (!entry?.email) {
      return false;
    }
    const { count } = await tx.emailSuppression.deleteMany({ where: { email: entry.email.toLowerCase(), reason: "BOUNCED" } });
    if (count) {
      await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "suppression.lift", targetRosterId: rosterEntryId, details: { email: entry.email } }]);
    }
    return count > 0;
  });
}
