import "server-only";
import { db } from "@/lib/db";
import type { SuppressionReason } from "@/lib/generated/prisma/enums";

/** Whether an address bounced or complained: invitations and company mail skip it. */
export async function isSuppressed(email: string): Promise<boolean> {
  return (await db.emailSuppression.count({ where: { email: email.toLowerCase() } })) > 0;
}

export async function suppressAddress(email: string, reason: SuppressionReason, detail: string | null): Promise<void> {
  const address = email.toLowerCase();
  await db.emailSuppression.upsert({ where: { email: address }, create: { email: address, reason, detail }, update: { reason, detail } });
}
