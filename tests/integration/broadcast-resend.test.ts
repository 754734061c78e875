import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fanOutBroadcast } from "@/lib/broadcasts/delivery/fan-out";
import { BatchDeferred } from "@/lib/broadcasts/delivery/resend-batch";
import { sendBroadcastBatch } from "@/lib/broadcasts/delivery/send-batch";
import { oneClickUnsubscribeUrl, unsubscribePageUrl } from "@/lib/broadcasts/unsubscribe-token";
import { db } from "@/lib/db";
import { createAlumnusWithLocale, createBroadcast, createManyAlumni, startNow } from "../support/broadcasts";
import { createTenant } from "../support/factories";
import { startResendSink, type ResendSink } from "../support/resend-sink";

let sink: ResendSink;

beforeAll(async () => {
  sink = await startResendSink();
  process.env.RESEND_API_KEY = "re_test_key";
  process.env.RESEND_BASE_URL = sink.url;
  process.env.AUTH_URL = "http://localhost:3000";
  // Ten Resend calls a second at most (the rate test below measures it).
  process.env.BROADCAST_REQUESTS_PER_SECOND = "10";
});

afterAll(async () => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  await sink.close();
});

beforeEach(() => {
  sink.setDelay(0);
});

async function fannedOut(recipients: number) {
  const tenant = await createTenant();
  await createManyAlumni(tenant.id, recipients, `rs-${tenant.id}`);
  const broadcast = await createBroadcast(tenant.id);
  await startNow(tenant.id, broadcast.id);
  await fanOutBroadcast(tenant.id, broadcast.id);
  return { tenant, broadcast, job: { tenantId: tenant.id, broadcastId: broadcast.id, batch: 0 } };
}

const batchRequests = (broadcastId: string) => sink.requests.filter((r) => r.idempotencyKey?.startsWith(`broadcast:${broadcastId}:`));

describe("a batch through Resend", () => {
  it("is one call to the batch endpoint under the batch's idempotency key, with one-click unsubscribe headers, and keeps Resend's ids", async () => {
    const tenant = await createTenant();
    const reader = await createAlumnusWithLocale(tenant.id, "en", `reader-${tenant.id}@example.com`);
    const broadcast = await createBroadcast(tenant.id);
    await startNow(tenant.id, broadcast.id);
    await fanOutBroadcast(tenant.id, broadcast.id);

    expect(await sendBroadcastBatch({ tenantId: tenant.id, broadcastId: broadcast.id, batch: 0 })).toEqual({ sent: 1, skipped: 0, failed: 0, via: "resend" });
    expect(batchRequests(broadcast.id)).toEqual([{ path: "/emails/batch", idempotencyKey: `broadcast:${broadcast.id}:batch:0`, status: 200 }]);
    const mail = sink.emails.find((e) => e.to === reader.user.email)!;
    const row = await db.broadcastDelivery.findFirstOrThrow({ where: { broadcastId: broadcast.id, channel: "EMAIL" } });
    expect(mail.subject).toBe("Our new office");
    expect(mail.headers).toEqual({ "List-Unsubscribe": `<${oneClickUnsubscribeUrl(row.id)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(mail.html).toContain(unsubscribePageUrl(row.id));
    expect(row).toMatchObject({ status: "SENT", emailId: mail.id });
    expect(await db.outboxEmail.count()).toBe(0);
  });

  it("repeats the identical request when the worker died after Resend took it, and Resend delivers nothing twice", async () => {
    const { broadcast, job } = await fannedOut(30);
    await sendBroadcastBatch(job);
    const first = await db.broadcastDelivery.findMany({ where: { broadcastId: broadcast.id, channel: "EMAIL" }, orderBy: { id: "asc" } });
    const deliveredBefore = sink.delivered();
    // As if the process had died between Resend's answer and marking the rows SENT.
    await db.broadcastDelivery.updateMany({ where: { broadcastId: broadcast.id, channel: "EMAIL" }, data: { status: "SENDING", emailId: null, sentAt: null } });
    await db.broadcast.update({ where: { id: broadcast.id }, data: { status: "SENDING", completedAt: null } });

    expect(await sendBroadcastBatch(job)).toMatchObject({ sent: 30 });
    expect(sink.delivered()).toBe(deliveredBefore);
    expect(batchRequests(broadcast.id).map((r) => r.status)).toEqual([200, 200]);
    const again = await db.broadcastDelivery.findMany({ where: { broadcastId: broadcast.id, channel: "EMAIL" }, orderBy: { id: "asc" } });
    expect(again.map((r) => [r.status, r.emailId])).toEqual(first.map((r) => ["SENT", r.emailId]));
    expect(await db.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })).toMatchObject({ status: "SENT" });
  });

  it("waits as long as Retry-After says on 429, then sends", async () => {
    const { broadcast, job } = await fannedOut(5);
    sink.failNext({ status: 429, headers: { "retry-after": "1" }, body: { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests" } });
    const started = Date.now();
    expect(await sendBroadcastBatch(job)).toMatchObject({ sent: 5 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(batchRequests(broadcast.id).map((r) => r.status)).toEqual([429, 200]);
  });

  it("backs off on 5xx and leaves the batch claimed for pg-boss to retry when Resend stays down", async () => {
    const { broadcast, job } = await fannedOut(5);
    const down = { status: 503, body: { statusCode: 503, name: "application_error", message: "Service unavailable" }, headers: { "retry-after": "0" } };
    sink.failNext(down, down, down, down, down);
    await expect(sendBroadcastBatch(job)).rejects.toBeInstanceOf(BatchDeferred);
    expect(await db.broadcastDelivery.count({ where: { broadcastId: broadcast.id, channel: "EMAIL", status: "SENDING" } })).toBe(5);
    // Resend is back: the retry sends the batch once.
    expect(await sendBroadcastBatch(job)).toMatchObject({ sent: 5 });
    expect(sink.emails.filter((e) => e.idempotencyKey === `broadcast:${broadcast.id}:batch:0`)).toHaveLength(5);
  });

  it("marks a batch Resend refuses for good FAILED with the reason, and the announcement still finishes", async () => {
    const { broadcast, job } = await fannedOut(3);
    sink.failNext({ status: 422, body: { statusCode: 422, name: "validation_error", message: "Invalid `from` field" } });
    expect(await sendBroadcastBatch(job)).toMatchObject({ sent: 0, failed: 3 });
    const rows = await db.broadcastDelivery.findMany({ where: { broadcastId: broadcast.id, channel: "EMAIL" } });
    expect(rows.every((r) => r.status === "FAILED" && r.error?.includes("validation_error"))).toBe(true);
    expect(await db.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })).toMatchObject({ status: "SENT" });
  });

  it("keeps to the configured rate of Resend calls", async () => {
    const { broadcast } = await fannedOut(500);
    const started = Date.now();
    await Promise.all([0, 1, 2, 3, 4].map((batch) => sendBroadcastBatch({ tenantId: broadcast.tenantId, broadcastId: broadcast.id, batch })));
    // Five calls at ten a second: the last starts no sooner than 400 ms after the first.
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(batchRequests(broadcast.id)).toHaveLength(5);
  });
});
