import "server-only";
import { randomUUID } from "node:crypto";
import type { CreateBatchOptions } from "resend";
import { db } from "@/lib/db";
import { resendClient } from "@/lib/email/resend-client";
import type { Locale } from "@/lib/generated/prisma/enums";
import type { SendBroadcastBatchJob } from "@/lib/jobs/queues";
import { loadBroadcastContent, type BroadcastContent } from "./content";
import { personalise, renderBroadcastCached, type PersonalEmail } from "./render";
import { BatchRejected, sendResendBatch } from "./resend-batch";

type Claimed = { id: bigint; email: string; locale: Locale };

export type BatchOutcome = { sent: number; skipped: number; failed: number; via: "resend" | "outbox" | null };

/**
 * Claims a batch, in one statement: its QUEUED rows whose member has since left or been suspended, opted out of the
 * category, or whose address now bounces become SKIPPED; the rest become SENDING (claimedAt). Returns every SENDING
 * row of the batch — on a retry after a crash, the same rows as the first time (nothing is QUEUED any more), so
 * the request to Resend repeats exactly.
 */
async function claimBatch(tenantId: string, broadcastId: string, category: string, batch: number): Promise<{ rows: Claimed[]; skipped: number }> {
  const found = await db.$queryRaw<(Claimed & { skipped: boolean })[]>`
    WITH candidates AS (
      SELECT q.id, CASE
          WHEN m.status <> 'ACTIVE' THEN lower(m.status::text)
          WHEN EXISTS (SELECT 1 FROM "EmailSuppression" s
                       WHERE s.email IN (lower(q.email), 'sha256:' || encode(sha256(convert_to(lower(q.email), 'UTF8')), 'hex'))) THEN 'suppressed'
          WHEN EXISTS (SELECT 1 FROM "EmailPreference" p WHERE p."tenantId" = q."tenantId" AND p."membershipId" = q."membershipId"
                       AND p.category IN ('all', ${category}) AND NOT p.enabled) THEN 'optedOut'
        END AS reason
      FROM "BroadcastDelivery" q
      JOIN "Membership" m ON m.id = q."membershipId" AND m."tenantId" = q."tenantId"
      WHERE q."broadcastId" = ${broadcastId} AND q."tenantId" = ${tenantId} AND q.channel = 'EMAIL' AND q.status = 'QUEUED' AND q.batch = ${batch}
      FOR UPDATE OF q
    ),
    skipped AS (
      UPDATE "BroadcastDelivery" d SET status = 'SKIPPED', "skipReason" = c.reason
      FROM candidates c WHERE d.id = c.id AND c.reason IS NOT NULL
      RETURNING d.id
    ),
    claimed AS (
      UPDATE "BroadcastDelivery" d SET status = 'SENDING', "claimedAt" = now()
      FROM candidates c WHERE d.id = c.id AND c.reason IS NULL
      RETURNING d.id, d.email, d.locale
    )
    SELECT id, email, locale, false AS skipped FROM claimed
    UNION ALL
    -- Claimed by an earlier run that did not finish (this statement's snapshot does not see its own claims).
    SELECT id, email, locale, false FROM "BroadcastDelivery"
    WHERE "broadcastId" = ${broadcastId} AND "tenantId" = ${tenantId} AND channel = 'EMAIL' AND status = 'SENDING' AND batch = ${batch}
    UNION ALL
    SELECT id, NULL, NULL, true FROM skipped`;
  const rows = found.filter((r) => !r.skipped).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { rows: rows.map(({ id, email, locale }) => ({ id, email, locale })), skipped: found.length - rows.length };
}

async function personalEmails(content: BroadcastContent, rows: Claimed[]): Promise<PersonalEmail[]> {
  const byLocale = new Map<Locale, Awaited<ReturnType<typeof renderBroadcastCached>>>();
  for (const locale of new Set(rows.map((r) => r.locale))) {
    byLocale.set(locale, await renderBroadcastCached(content, locale));
  }
  return rows.map((row) => personalise(byLocale.get(row.locale)!, row.id));
}

const idsOf = (rows: Claimed[]) => rows.map((r) => r.id.toString());

/** Marks claimed rows SENT with their email ids, in one statement (only rows still SENDING: a retry changes nothing). */
function markSentSql(rows: Claimed[], emailIds: string[]) {
  return db.$executeRaw`
    UPDATE "BroadcastDelivery" d SET status = 'SENT', "sentAt" = now(), "emailId" = u.email_id, error = NULL
    FROM unnest(${idsOf(rows)}::bigint[], ${emailIds}::text[]) AS u(id, email_id)
    WHERE d.id = u.id AND d.status = 'SENDING'`;
}

/** When no email of the announcement waits any more, it is SENT. Run after each batch has committed. */
export async function completeIfDone(tenantId: string, broadcastId: string): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE "Broadcast" b SET status = 'SENT', "completedAt" = now(), "updatedAt" = now()
    WHERE b.id = ${broadcastId} AND b."tenantId" = ${tenantId} AND b.status = 'SENDING' AND b."fannedOutAt" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "BroadcastDelivery" d
                      WHERE d."broadcastId" = b.id AND d.channel = 'EMAIL' AND d.status IN ('QUEUED', 'SENDING'))`;
  return count > 0;
}

/** Gives up on a batch (Resend refused it, or its retries ran out): its waiting rows become FAILED with the reason. */
export async function failBatch(tenantId: string, broadcastId: string, batch: number, reason: string): Promise<number> {
  const count = await db.$executeRaw`
    UPDATE "BroadcastDelivery" SET status = 'FAILED', error = ${reason.slice(0, 500)}
    WHERE "broadcastId" = ${broadcastId} AND "tenantId" = ${tenantId} AND channel = 'EMAIL' AND batch = ${batch} AND status IN ('QUEUED', 'SENDING')`;
  await completeIfDone(tenantId, broadcastId);
  return count;
}

/**
 * The batch job: claim (see `claimBatch`), render once per language, then either one call to Resend's batch
 * endpoint under the key `broadcast:{id}:batch:{n}` and the rows marked SENT with Resend's ids, or — without
 * RESEND_API_KEY — the outbox rows written and the rows marked SENT in one transaction.
 */
export async function sendBroadcastBatch({ tenantId, broadcastId, batch }: SendBroadcastBatchJob): Promise<BatchOutcome> {
  const content = await loadBroadcastContent(tenantId, broadcastId);
  if (!content || content.status !== "SENDING") {
    return { sent: 0, skipped: 0, failed: 0, via: null };
  }
  const { rows, skipped } = await claimBatch(tenantId, broadcastId, content.category, batch);
  if (rows.length === 0) {
    await completeIfDone(tenantId, broadcastId);
    return { sent: 0, skipped, failed: 0, via: null };
  }
  const emails = await personalEmails(content, rows);
  const resend = resendClient();

  if (!resend) {
    const outboxIds = rows.map(() => randomUUID());
    await db.$transaction([
      db.outboxEmail.createMany({
        data: emails.map((e, i) => ({ id: outboxIds[i]!, to: rows[i]!.email.toLowerCase(), from: e.from, replyTo: e.replyTo ?? null, subject: e.subject, html: e.html, text: e.text, tag: "broadcast", tenantId })),
      }),
      markSentSql(rows, outboxIds),
    ]);
    await completeIfDone(tenantId, broadcastId);
    return { sent: rows.length, skipped, failed: 0, via: "outbox" };
  }

  const payload: CreateBatchOptions = emails.map((e, i) => ({
    from: e.from,
    replyTo: e.replyTo,
    to: [rows[i]!.email],
    subject: e.subject,
    html: e.html,
    text: e.text,
    headers: e.headers,
    tags: [{ name: "kind", value: "broadcast" }],
  }));
  let emailIds: string[];
  try {
    emailIds = await sendResendBatch(resend, payload, `broadcast:${broadcastId}:batch:${batch}`);
  } catch (error) {
    if (error instanceof BatchRejected) {
      const failed = await failBatch(tenantId, broadcastId, batch, error.message);
      return { sent: 0, skipped, failed, via: "resend" };
    }
    throw error;
  }
  await markSentSql(rows, emailIds);
  await completeIfDone(tenantId, broadcastId);
  return { sent: rows.length, skipped, failed: 0, via: "resend" };
}
