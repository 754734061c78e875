import "server-only";
import { db } from "@/lib/db";
import { sendInvitationEmails } from "./send";

const BATCH = 50;

/**
 * Sends the scheduled invitations whose time has come (run every few minutes by the job queue's cron). The
 * schedule lives in the Invitation rows, so nothing is lost if the queue is reset, and a run that stops halfway
 * is finished by the next one: sent invitations are no longer PENDING. One that fails (Resend refuses it) is
 * logged and tried again next run, without holding up the others.
 */
export async function releaseDueInvitations(now = new Date()): Promise<{ sent: number; failed: number }> {
  const outcome = { sent: 0, failed: 0 };
  let after: string | undefined;
  for (;;) {
    const due = await db.invitation.findMany({
      where: { status: "PENDING", scheduledFor: { lte: now }, tenant: { status: "ACTIVE" }, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, tenantId: true },
    });
    if (due.length === 0) {
      return outcome;
    }
    for (const invitation of due) {
      try {
        outcome.sent += await sendInvitationEmails(invitation.tenantId, [invitation.id], now);
      } catch (error) {
        outcome.failed++;
        console.error(`Scheduled invitation ${invitation.id} not sent:`, error);
      }
    }
    after = due[due.length - 1]!.id;
  }
}
