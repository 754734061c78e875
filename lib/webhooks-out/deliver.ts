import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MAX_ATTEMPTS } from "./emit";
import { TEST_EVENT } from "./events";
import { postWebhook, type PostOutcome } from "./post";
import { openSecret } from "./secret";
import { signedHeaders } from "./sign";

// Deliveries that failed for good in a row before an endpoint is turned off (a notice on the settings page says so).
export const DISABLE_AFTER_FAILURES = 10;

export type AttemptResult = { status: "SUCCEEDED" | "FAILED" | "PENDING" | "SKIPPED"; responseStatus: number | null; error: string | null };

/**
 * One attempt at a delivery (the pg-boss job's body): never sends one that already succeeded, signs with the same
 * `webhook-id` every time, records the attempt, and throws while attempts remain so pg-boss retries it with backoff.
 * `retry: false` (send test) makes a single attempt the last.
 */
export async function attemptDelivery(tenantId: string, deliveryId: string, { retry = true }: { retry?: boolean } = {}): Promise<AttemptResult> {
  const delivery = await db.outgoingWebhookDelivery.findFirst({
    where: { tenantId, id: deliveryId },
    select: { id: true, status: true, attempts: true, eventType: true, payload: true, history: true, endpoint: { select: { id: true, url: true, secretCipher: true, enabled: true } } },
  });
  if (!delivery || delivery.status !== "PENDING") {
    return { status: "SKIPPED", responseStatus: null, error: null };
  }
  if (!delivery.endpoint.enabled && delivery.eventType !== TEST_EVENT) {
    await db.outgoingWebhookDelivery.updateMany({ where: { tenantId, id: deliveryId, status: "PENDING" }, data: { status: "FAILED", lastError: "endpoint disabled", nextAttemptAt: null } });
    return { status: "FAILED", responseStatus: null, error: "endpoint disabled" };
  }
  const body = JSON.stringify(delivery.payload);
  const outcome = await postWebhook(delivery.endpoint.url, signedHeaders(openSecret(delivery.endpoint.secretCipher), delivery.id, body), body);
  const ok = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
  const attempt = delivery.attempts + 1;
  const last = ok || !retry || attempt >= MAX_ATTEMPTS;
  const status = ok ? "SUCCEEDED" : last ? "FAILED" : "PENDING";
  const error = outcome.error ?? (ok ? null : `HTTP ${outcome.status}`);
  await record(tenantId, delivery, attempt, status, outcome, error);
  if (delivery.eventType !== TEST_EVENT && (ok || last)) {
    await countStreak(tenantId, delivery.endpoint.id, ok);
  }
  if (!last) {
    // pg-boss retries a job that throws, after its backoff delay.
    throw new Error(`webhook ${deliveryId} attempt ${attempt} failed: ${error}`);
  }
  return { status, responseStatus: outcome.status, error };
}

async function record(tenantId: string, delivery: { id: string; history: Prisma.JsonValue }, attempt: number, status: "SUCCEEDED" | "FAILED" | "PENDING", outcome: PostOutcome, error: string | null) {
  const now = new Date();
  const history = [...(Array.isArray(delivery.history) ? delivery.history : []), { at: now.toISOString(), status: outcome.status, error, durationMs: outcome.durationMs }].slice(-MAX_ATTEMPTS * 2);
  await db.outgoingWebhookDelivery.updateMany({
    where: { tenantId, id: delivery.id, status: "PENDING" },
    data: {
      status,
      attempts: attempt,
      responseStatus: outcome.status,
      lastError: error,
      responseExcerpt: outcome.excerpt?.slice(0, 500) ?? null,
      durationMs: outcome.durationMs,
      history,
      lastAttemptAt: now,
      // pg-boss's delay is 5 minutes × 2^(attempt-1), plus up to as much again: the earliest time is shown.
      nextAttemptAt: status === "PENDING" ? new Date(now.getTime() + 300_000 * 2 ** (attempt - 1)) : null,
      succeededAt: status === "SUCCEEDED" ? now : null,
    },
  });
}

/** A success clears the endpoint's failure streak; a delivery failed for good adds to it, and a long one turns it off. */
async function countStreak(tenantId: string, endpointId: string, ok: boolean) {
  if (ok) {
    await db.webhookEndpoint.updateMany({ where: { tenantId, id: endpointId, failureStreak: { gt: 0 } }, data: { failureStreak: 0 } });
    return;
  }
  await db.webhookEndpoint.updateMany({ where: { tenantId, id: endpointId }, data: { failureStreak: { increment: 1 } } });
  await db.webhookEndpoint.updateMany({
    where: { tenantId, id: endpointId, enabled: true, failureStreak: { gte: DISABLE_AFTER_FAILURES } },
    data: { enabled: false, disabledAt: new Date(), disabledReason: "failures" },
  });
}
