import "server-only";
import { db } from "@/lib/db";
import { startBroadcast } from "./start";

/**
 * Cron: starts every scheduled announcement whose time has come, each in its own transaction (one failing does
 * not hold back the others). A company that was suspended meanwhile sends nothing.
 */
export async function releaseDueBroadcasts(now = new Date()): Promise<number> {
  const due = await db.broadcast.findMany({
    where: { status: "SCHEDULED", scheduledAt: { lte: now }, tenant: { status: "ACTIVE" } },
    select: { id: true, tenantId: true, sentById: true },
    orderBy: { scheduledAt: "asc" },
  });
  let started = 0;
  for (const b of due) {
    if (await db.$transaction((tx) => startBroadcast(tx, b.tenantId, b.id, b.sentById, now))) {
      started += 1;
    }
  }
  return started;
}
