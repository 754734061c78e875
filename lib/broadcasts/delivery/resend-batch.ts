import "server-only";
import type { CreateBatchOptions, Resend } from "resend";
import { env } from "@/lib/env";

/** Resend refused the batch for good (e.g. 422 validation): sending it again would be refused again. */
export class BatchRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BatchRejected";
  }
}

/** Resend kept answering 429/5xx (or could not be reached): the job fails and pg-boss runs it again later. */
export class BatchDeferred extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BatchDeferred";
  }
}

// Waiting inside a job is fine for a few seconds; a longer Retry-After is better left to pg-boss's retry (the
// job's own timeout must not run out while it sleeps).
const MAX_WAIT_MS = 20_000;
const ATTEMPTS = 5;

// Per process: calls start at most BROADCAST_REQUESTS_PER_SECOND a second, however many batches run at once.
let nextSlot = 0;

async function takeSlot(): Promise<void> {
  const rate = env().BROADCAST_REQUESTS_PER_SECOND;
  if (rate === 0) {
    return;
  }
  const now = Date.now();
  const slot = Math.max(now, nextSlot);
  nextSlot = slot + 1000 / rate;
  if (slot > now) {
    await sleep(slot - now);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retry-After in milliseconds (seconds, or an HTTP date), or null when absent or unreadable. */
export function retryAfterMs(headers: Record<string, string> | null, now = Date.now()): number | null {
  const value = headers?.["retry-after"];
  if (!value) {
    return null;
  }
  if (/^\d+(\.\d+)?$/.test(value.trim())) {
    return Number(value) * 1000;
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

const RETRYABLE = new Set(["rate_limit_exceeded", "application_error", "internal_server_error", "concurrent_idempotent_requests"]);

/**
 * One call to Resend's batch endpoint (≤ 100 emails) under the batch's idempotency key: a repeat of the same call
 * (after a crash or a timeout) is answered with the first call's ids and sends nothing again. Backs off on
 * 429/5xx and unreachable, waiting what Retry-After says when Resend says it, else 1 s, 2 s, 4 s, ….
 * Returns Resend's email ids in the order of the emails.
 */
export async function sendResendBatch(resend: Resend, emails: CreateBatchOptions, idempotencyKey: string): Promise<string[]> {
  let lastError = "";
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    await takeSlot();
    const { data, error, headers } = await resend.batch.send(emails, { idempotencyKey });
    if (data) {
      const ids = data.data.map((d) => d.id);
      if (ids.length !== emails.length) {
        throw new BatchRejected(`Resend returned ${ids.length} ids for ${emails.length} emails`);
      }
      return ids;
    }
    const status = error.statusCode;
    lastError = `${status ?? "no response"} ${error.name}: ${error.message}`;
    const retryable = status === null || status === 429 || status >= 500 || RETRYABLE.has(error.name);
    if (!retryable) {
      throw new BatchRejected(lastError);
    }
    const wait = retryAfterMs(headers) ?? 1000 * 2 ** attempt;
    if (wait > MAX_WAIT_MS || attempt === ATTEMPTS - 1) {
      break;
    }
    await sleep(wait);
  }
  throw new BatchDeferred(lastError);
}
