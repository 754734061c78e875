import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// How many messages a member may send in a window, counted from the database so it holds across server
// instances. Alumni get fewer than staff, who answer many people in a row; either is far above a person typing.
export const SEND_WINDOW_MINUTES = 10;
export const SEND_LIMIT = { member: 20, staff: 100 } as const;

type Tx = Prisma.TransactionClient;

/**
 * Locks the author's membership row for the rest of the transaction (two tabs sending at once count one after the
 * other) and tells whether one more message stays within the limit.
 */
export async function withinSendLimit(tx: Tx, tenantId: string, authorId: string, side: "member" | "staff"): Promise<boolean> {
  await tx.$queryRaw`SELECT id FROM "Membership" WHERE "tenantId" = ${tenantId} AND id = ${authorId} FOR UPDATE`;
  const since = new Date(Date.now() - SEND_WINDOW_MINUTES * 60_000);
  const sent = await tx.conversationMessage.count({ where: { tenantId, authorId, createdAt: { gte: since } } });
  return sent < SEND_LIMIT[side];
}
