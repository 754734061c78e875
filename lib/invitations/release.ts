import "server-only";
import { db } from "@/lib/db";
import { sendInvitationEmails } from "./send";

const BATCH = 50;

/**
 * Sends the scheduled invitations whose time has come (run every few minutes by the job queue's cron). The
 * schedule lives in the Invitation rows, so nothing is lost if the queue is reset, and a run that stops halfway
 * is finished by the next one: sent invitations are no longer PENDING.
 */
export async function releaseDueInvitations(now = new Date()): Promise<number> {
  let sent = 0;
  for (;;) {
    const due = await db.invitation.findMany({
      where: { status: "PENDING", scheduledFor: { lte: now } },
      orderBy: { scheduledFor: "asc" },
      take: BATCH,
      select: { id: true, tenantId: true },
    });
    if (due.length === 0) {
      return sent;
    }
    let progressed = 0;
    for (const tenantId of new Set(due.map((i) => i.tenantId))) {
      progressed += await sendInvitationEmails(tenantId, due.filter((i) => i.tenantId === tenantId).map((i) => i.id), now);
    }
    sent += progressed;
    if (progressed === 0) {
      // Nothing could be sent (e.g. its company is gone): stop rather than spin; the next run tries again.
      return sent;
    }
  }
}
