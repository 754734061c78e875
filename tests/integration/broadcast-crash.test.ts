import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createBroadcast, createManyAlumni, startNow } from "../support/broadcasts";
import { createTenant } from "../support/factories";
import { startResendSink, type ResendSink } from "../support/resend-sink";
import { killHard, startBroadcastWorker } from "../support/worker-process";

const RECIPIENTS = 2_000;

let sink: ResendSink;
let worker: ChildProcess | null = null;

// The worker process talks to the sink with the real SDK, sends as fast as it can, and a job whose worker died is
// retried within seconds (short batch timeout, maintenance every second) so the test does not wait for minutes.
const workerEnv = (): NodeJS.ProcessEnv => ({
  DATABASE_URL: process.env.DATABASE_URL,
  AUTH_SECRET: process.env.AUTH_SECRET,
  AUTH_URL: "http://localhost:3000",
  RESEND_API_KEY: "re_crash_test",
  RESEND_BASE_URL: sink.url,
  BROADCAST_REQUESTS_PER_SECOND: "0",
  BROADCAST_BATCH_TIMEOUT_SECONDS: "3",
  JOB_MAINTENANCE_SECONDS: "1",
  NODE_ENV: "test" as const,
});

beforeAll(async () => {
  sink = await startResendSink({ keep: false });
});

afterAll(async () => {
  if (worker) {
    await killHard(worker);
  }
  await sink.close();
});

const emailRows = (broadcastId: string) =>
  db.broadcastDelivery.groupBy({ by: ["status"], where: { broadcastId, channel: "EMAIL" }, _count: true });

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, pollMs = 25): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`gave up after ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

describe("a broadcast whose worker is killed with SIGKILL half-way", () => {
  it("reaches every recipient exactly once after a restart: none lost, none doubled", async () => {
    const tenant = await createTenant();
    await createManyAlumni(tenant.id, RECIPIENTS, `crash-${tenant.id}`);
    const broadcast = await createBroadcast(tenant.id);
    // Resend answers slowly, so batches are in flight (sent, not yet marked) when the worker dies.
    sink.setDelay(150);

    worker = await startBroadcastWorker(workerEnv());
    await startNow(tenant.id, broadcast.id);
    await waitFor(async () => sink.delivered() >= RECIPIENTS / 2, 60_000, 5);
    await killHard(worker);
    worker = null;
    const deliveredAtKill = sink.delivered();
    const rowsAtKill = await emailRows(broadcast.id);
    // The kill landed mid-send: some mail went out, some did not, some went out without being marked SENT.
    expect(deliveredAtKill).toBeGreaterThan(0);
    expect(deliveredAtKill).toBeLessThan(RECIPIENTS);
    expect(rowsAtKill.find((r) => r.status === "SENT")?._count ?? 0).toBeLessThan(RECIPIENTS);

    sink.setDelay(0);
    worker = await startBroadcastWorker(workerEnv());
    await waitFor(async () => (await db.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })).status === "SENT", 90_000, 200);

    expect(await emailRows(broadcast.id)).toEqual([{ status: "SENT", _count: RECIPIENTS }]);
    expect(sink.perRecipient.size).toBe(RECIPIENTS);
    const counts = [...sink.perRecipient.values()];
    expect(counts.filter((n) => n !== 1)).toEqual([]);
    expect(sink.delivered()).toBe(RECIPIENTS);
    // Batches Resend took while the worker died, whose rows were not yet SENT: the restart repeated exactly those
    // requests, and the idempotency key turned them into replays of the first answer.
    const keys = sink.requests.filter((r) => r.status === 200).map((r) => r.idempotencyKey);
    const replayed = keys.length - new Set(keys).size;
    console.log(`delivered at the kill: ${deliveredAtKill}; rows then: ${JSON.stringify(rowsAtKill.map((r) => [r.status, r._count]))}; replayed batches: ${replayed}`);
    expect(replayed).toBeGreaterThan(0);
    // Each row carries the id of the one email its recipient got.
    const ids = await db.broadcastDelivery.findMany({ where: { broadcastId: broadcast.id, channel: "EMAIL" }, select: { emailId: true } });
    expect(new Set(ids.map((r) => r.emailId)).size).toBe(RECIPIENTS);
  }, 180_000);
});
