import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { ALL_CATEGORIES } from "@/lib/email/categories";
import { inTransaction, jobQueue } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import { excerptOf, KIND_CATEGORY, type NotificationKind } from "./kinds";

export type NotifyInput = {
  tenantId: string;
  /** The membership told. */
  recipientId: string;
  kind: NotificationKind;
  /** The membership that caused it; a person is never told about what they did themselves. */
  actorId?: string | null;
  /** What it is about (a conversation, a post, an applicant): while unread, the same kind and refId is one line. */
  refId: string;
  /** The in-app link, e.g. `/{slug}/messages/{id}`. */
  path: string;
  /** Plain text; cut to 280 characters. */
  excerpt?: string | null;
};

/**
 * Tells a member about something, in the caller's transaction (decisions/024): a line on their bell, merged into
 * the unread line of the same kind and refId if there is one (its count goes up, the newest actor, excerpt and link
 * win), and — when their choice for the kind's email category is "immediately" — the mail job, queued in the same
 * transaction so both commit or neither. With "daily" the digest cron mails it; with the category (or all mail)
 * off, the bell alone tells them.
 *
 * Call `jobQueue()` before opening the transaction (its first start creates pg-boss's tables); this awaits the
 * same started queue.
 */
export async function notify(tx: Tx, n: NotifyInput): Promise<void> {
  if (n.actorId && n.actorId === n.recipientId) {
    return;
  }
  const openKey = `${n.kind}:${n.refId}`;
  const excerpt = excerptOf(n.excerpt);
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Notification" (id, "tenantId", "recipientId", kind, "actorId", "refId", path, excerpt, "openKey", "createdAt", "updatedAt")
    VALUES (${randomUUID()}, ${n.tenantId}, ${n.recipientId}, ${n.kind}::"NotificationKind", ${n.actorId ?? null}, ${n.refId}, ${n.path}, ${excerpt}, ${openKey}, now(), now())
    ON CONFLICT ("tenantId", "recipientId", "openKey") DO UPDATE SET
      count = "Notification".count + 1, "actorId" = EXCLUDED."actorId", path = EXCLUDED.path, excerpt = EXCLUDED.excerpt, "updatedAt" = EXCLUDED."updatedAt"
    RETURNING id`;
  if (!row || !(await wantsImmediateMail(tx, n.tenantId, n.recipientId, KIND_CATEGORY[n.kind]))) {
    return;
  }
  const boss = await jobQueue();
  await boss.send(QUEUES.emailNotification, { tenantId: n.tenantId, notificationId: row.id }, { db: inTransaction(tx) });
}

/** No row means on and immediate (decisions/009); the address and membership are checked when the mail goes. */
async function wantsImmediateMail(tx: Tx, tenantId: string, membershipId: string, category: string): Promise<boolean> {
  const rows = await tx.emailPreference.findMany({
    where: { tenantId, membershipId, category: { in: [ALL_CATEGORIES, category] } },
    select: { category: true, enabled: true, frequency: true },
  });
  return rows.every((r) => r.enabled && (r.category === ALL_CATEGORIES || r.frequency === "IMMEDIATE"));
}
