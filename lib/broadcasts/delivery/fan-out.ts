import "server-only";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { BroadcastAudience } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { inTransaction, jobQueue } from "@/lib/jobs/boss";
import { QUEUES, type SendBroadcastBatchJob } from "@/lib/jobs/queues";
import { audienceMembersSql, recipientRowsSql } from "../audience";

/** Emails per Resend batch call (Resend's maximum) and so per delivery `batch` number and per job. */
export const BATCH_SIZE = 100;

export type FanOutResult =
  | { outcome: "fannedOut"; members: number; emails: number; skipped: number; batches: number }
  /** Not SENDING, or fanned out already: nothing done (a re-run of the job). */
  | { outcome: "nothingToDo" }
  /** Its saved segment was deleted: the announcement is FAILED with error "audienceGone". */
  | { outcome: "audienceGone" };

type Locked = {
  status: string;
  fannedOutAt: Date | null;
  category: string;
  audience: BroadcastAudience;
  segmentId: string | null;
  filters: unknown;
  hasJa: boolean;
  hasEn: boolean;
  timezone: string;
};

export const BROADCAST_ERRORS = { audienceGone: "audienceGone" } as const;

/** The batch jobs of an announcement, queued in the caller's transaction in one statement. */
async function queueBatches(tx: Tx, tenantId: string, broadcastId: string, batches: number): Promise<void> {
  if (batches === 0) {
    return;
  }
  const boss = await jobQueue();
  const jobs = Array.from({ length: batches }, (_, batch) => ({
    name: QUEUES.sendBroadcastBatch,
    data: { tenantId, broadcastId, batch } satisfies SendBroadcastBatchJob,
    // A worker killed mid-batch holds its job until it expires; then pg-boss runs it again soon (2 s, 4 s, …).
    expireInSeconds: env().BROADCAST_BATCH_TIMEOUT_SECONDS,
    retryLimit: 10,
    retryDelay: 2,
    retryBackoff: true,
  }));
  await boss.insert(jobs, { db: inTransaction(tx) });
}

/**
 * The one statement that writes an announcement's delivery rows: portal rows for all recipients, email rows QUEUED
 * in numbered batches or SKIPPED, each in the recipient's content language; answers the counts and batch total.
 */
export function deliveryRowsSql(tenantId: string, broadcastId: string, languages: { hasJa: boolean; hasEn: boolean }, recipients: Prisma.Sql, now: Date): Prisma.Sql {
  // Their own language when the announcement has it, else the one it has (an announcement has at least one).
  const language = Prisma.sql`(CASE
      WHEN r.locale = 'en' THEN CASE WHEN ${languages.hasEn} THEN 'en' ELSE 'ja' END
      ELSE CASE WHEN ${languages.hasJa} THEN 'ja' ELSE 'en' END
    END)::"Locale"`;
  return Prisma.sql`
    WITH r AS MATERIALIZED (
      SELECT r."membershipId", r.email, r."skipReason", ${language} AS lang
      FROM (${recipients}) r
    ),
    numbered AS (
      -- Batches of one language where possible (ordered by language), fixed from now on: a retried batch
      -- repeats exactly the same Resend request.
      SELECT r.*, CASE WHEN r."skipReason" IS NULL
        THEN ((row_number() OVER (PARTITION BY r."skipReason" IS NULL ORDER BY r.lang, r."membershipId") - 1) / ${BATCH_SIZE})::int
      END AS batch
      FROM r
    ),
    portal AS (
      INSERT INTO "BroadcastDelivery" ("tenantId", "broadcastId", "membershipId", channel, status, locale, "sentAt")
      SELECT ${tenantId}, ${broadcastId}, r."membershipId", 'PORTAL', 'SENT', r.lang, ${now} FROM r
      ON CONFLICT DO NOTHING
      RETURNING 1
    ),
    mail AS (
      INSERT INTO "BroadcastDelivery" ("tenantId", "broadcastId", "membershipId", channel, status, locale, email, batch, "skipReason")
      SELECT ${tenantId}, ${broadcastId}, n."membershipId", 'EMAIL',
             (CASE WHEN n."skipReason" IS NULL THEN 'QUEUED' ELSE 'SKIPPED' END)::"DeliveryStatus", n.lang, n.email, n.batch, n."skipReason"
      FROM numbered n
      ON CONFLICT DO NOTHING
      RETURNING batch
    )
    SELECT (SELECT count(*) FROM portal)::int AS members,
           (SELECT count(*) FROM mail WHERE batch IS NOT NULL)::int AS emails,
           (SELECT count(*) FROM mail WHERE batch IS NULL)::int AS skipped,
           COALESCE((SELECT max(batch) + 1 FROM mail), 0)::int AS batches`;
}

/**
 * The fan-out job: one delivery row per recipient and channel, written set-based in one transaction with the
 * announcement's counts and its batch jobs — a crash leaves all of it or none of it, and a second run (the job
 * retried) finds `fannedOutAt` set and does nothing. Every audience member gets the portal announcement (SENT at
 * once); the email rows are QUEUED in batches of 100, or SKIPPED with the reason (suppressed, opted out).
 */
export async function fanOutBroadcast(tenantId: string, broadcastId: string, now = new Date()): Promise<FanOutResult> {
  return db.$transaction(
    async (tx) => {
      // The row lock makes two runs of the job (a retry racing a slow first run) take turns.
      const [b] = await tx.$queryRaw<Locked[]>`
        SELECT b.status::text AS status, b."fannedOutAt", b.category, b.audience, b."segmentId", b.filters,
               (b."subjectJa" IS NOT NULL AND b."bodyJa" IS NOT NULL) AS "hasJa",
               (b."subjectEn" IS NOT NULL AND b."bodyEn" IS NOT NULL) AS "hasEn", t.timezone
        FROM "Broadcast" b JOIN "Tenant" t ON t.id = b."tenantId"
        WHERE b.id = ${broadcastId} AND b."tenantId" = ${tenantId}
        FOR UPDATE OF b`;
      if (!b || b.status !== "SENDING" || b.fannedOutAt) {
        return { outcome: "nothingToDo" } as const;
      }
      const members = await audienceMembersSql(tenantId, b.timezone, { audience: b.audience, segmentId: b.segmentId, filters: b.filters });
      if (!members) {
        await tx.broadcast.updateMany({
          where: { id: broadcastId, tenantId },
          data: { status: "FAILED", error: BROADCAST_ERRORS.audienceGone, recipientCount: 0, fannedOutAt: now, completedAt: now },
        });
        return { outcome: "audienceGone" } as const;
      }
      // Sorting 100,000 recipients into batches fits in memory with this much (the default spills to disk).
      await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
      const [counts] = await tx.$queryRaw<{ members: number; emails: number; skipped: number; batches: number }[]>`${deliveryRowsSql(tenantId, broadcastId, b, recipientRowsSql(tenantId, members, b.category), now)}`;
      const { members: memberCount, emails, skipped, batches } = counts!;
      await queueBatches(tx, tenantId, broadcastId, batches);
      await tx.broadcast.updateMany({
        where: { id: broadcastId, tenantId },
        // Nobody to email (everyone opted out, or nobody in the audience): the portal rows were all there was.
        data: { recipientCount: memberCount, fannedOutAt: now, ...(emails === 0 ? { status: "SENT", completedAt: now } : {}) },
      });
      return { outcome: "fannedOut", members: memberCount, emails, skipped, batches } as const;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
