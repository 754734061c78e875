import "server-only";
import type { Tx } from "@/lib/db";


/**
 * Withdraws the invitations still out (waiting, scheduled, sent or bounced) for these roster entries, in the
 * caller's transaction: once someone joined another way, or was removed, an old link must not let them in.
 */
export async function revokeLiveInvitations(tx: Tx, tenantId: string, rosterEntryIds: string[]): Promise<void> {
  if (rosterEntryIds.length === 0) {
    return;
  }
  await tx.invitation.updateMany({
    where: { tenantId, rosterEntryId: { in: rosterEntryIds }, status: { in: ["PENDING", "SENT", "BOUNCED"] } },
    data: { status: "REVOKED", revokedAt: new Date() },
  });
}
