import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/resend/route";
import { fanOutBroadcast } from "@/lib/broadcasts/delivery/fan-out";
import { sendBroadcastBatch } from "@/lib/broadcasts/delivery/send-batch";
import { db } from "@/lib/db";
import { signWebhook } from "@/lib/email/webhooks/signature";
import { createAlumnusWithLocale, createBroadcast, startNow } from "../support/broadcasts";
import { createTenant } from "../support/factories";

const SECRET = `whsec_${Buffer.from("broadcast statistics signing secret").toString("base64")}`;
process.env.RESEND_WEBHOOK_SECRET = SECRET;
process.env.AUTH_URL = "http://localhost:3000";

let sequence = 0;

function post(event: object, secret = SECRET) {
  const id = `msg_bc_${Date.now()}_${sequence++}`;
  const timestamp = Math.floor(Date.now() / 1000);
  const body = JSON.stringify(event);
  return POST(
    new Request("http://localhost:3000/api/webhooks/resend", {
      method: "POST",
      headers: { "content-type": "application/json", "svix-id": id, "svix-timestamp": String(timestamp), "svix-signature": signWebhook(secret, id, timestamp, body) },
      body,
    }),
  );
}

const event = (type: string, emailId: string, to: string, at: Date, extra: object = {}) => ({ type, created_at: at.toISOString(), data: { email_id: emailId, to: [to], ...extra } });

/** An announcement mailed (to the outbox) to one alumnus: their delivery row carries the email's id. */
async function mailed(tenantId: string, category = "news") {
  const broadcast = await createBroadcast(tenantId, { category });
  await startNow(tenantId, broadcast.id);
  await fanOutBroadcast(tenantId, broadcast.id);
  await sendBroadcastBatch({ tenantId, broadcastId: broadcast.id, batch: 0 });
  return broadcast;
}

async function oneReader() {
  const tenant = await createTenant();
  const reader = await createAlumnusWithLocale(tenant.id, "ja", `reader-${Date.now()}-${sequence++}@example.com`);
  const broadcast = await mailed(tenant.id);
  const row = await db.broadcastDelivery.findFirstOrThrow({ where: { broadcastId: broadcast.id, channel: "EMAIL" } });
  return { tenant, reader, broadcast, row, email: reader.user.email };
}

const rowOf = (id: bigint) => db.broadcastDelivery.findUniqueOrThrow({ where: { id } });

describe("Resend's reports on an announcement's email", () => {
  it("mark it delivered, with Resend's time", async () => {
    const { row, email } = await oneReader();
    const at = new Date(Date.now() - 60_000);
    expect(await (await post(event("email.delivered", row.emailId!, email, at))).json()).toEqual({ ok: true, outcome: "handled" });
    expect(await rowOf(row.id)).toMatchObject({ status: "DELIVERED", deliveredAt: at });
  });

  it("keep the first open and the first click only", async () => {
    const { row, email } = await oneReader();
    const first = new Date(Date.now() - 120_000);
    await post(event("email.delivered", row.emailId!, email, first));
    await post(event("email.opened", row.emailId!, email, first));
    expect(await (await post(event("email.opened", row.emailId!, email, new Date()))).json()).toEqual({ ok: true, outcome: "ignored" });
    await post(event("email.clicked", row.emailId!, email, first, { click: { link: "https://example.com/osaka" } }));
    await post(event("email.clicked", row.emailId!, email, new Date()));
    expect(await rowOf(row.id)).toMatchObject({ status: "DELIVERED", openedAt: first, clickedAt: first });
  });

  it("mark a hard bounce BOUNCED and suppress the address: the next announcement skips it", async () => {
    const { tenant, reader, row, email } = await oneReader();
    const response = await post(event("email.bounced", row.emailId!, email, new Date(), { bounce: { type: "Permanent", subType: "General", message: "Mailbox does not exist" } }));
    expect(response.status).toBe(200);
    expect(await rowOf(row.id)).toMatchObject({ status: "BOUNCED", bouncedAt: expect.any(Date), error: "Permanent/General: Mailbox does not exist" });
    expect(await db.emailSuppression.findUnique({ where: { email: email.toLowerCase() } })).toMatchObject({ reason: "BOUNCED" });

    const next = await mailed(tenant.id);
    const nextRow = await db.broadcastDelivery.findFirstOrThrow({ where: { broadcastId: next.id, channel: "EMAIL", membershipId: reader.membership.id } });
    expect(nextRow).toMatchObject({ status: "SKIPPED", skipReason: "suppressed" });
    // Still in the portal.
    expect(await db.broadcastDelivery.count({ where: { broadcastId: next.id, channel: "PORTAL", membershipId: reader.membership.id } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { to: email.toLowerCase() } })).toBe(1);
  });

  it("leave the delivery alone after a soft bounce", async () => {
    const { row, email } = await oneReader();
    await post(event("email.bounced", row.emailId!, email, new Date(), { bounce: { type: "Transient", message: "Mailbox full" } }));
    expect(await rowOf(row.id)).toMatchObject({ status: "SENT", bouncedAt: null });
  });

  it("mark a spam complaint COMPLAINED and suppress the address", async () => {
    const { row, email } = await oneReader();
    await post(event("email.delivered", row.emailId!, email, new Date()));
    await post(event("email.complained", row.emailId!, email, new Date()));
    expect(await rowOf(row.id)).toMatchObject({ status: "COMPLAINED", complainedAt: expect.any(Date) });
    expect(await db.emailSuppression.findUnique({ where: { email: email.toLowerCase() } })).toMatchObject({ reason: "COMPLAINED" });
  });

  it("do not undo a bounce with a late delivery report", async () => {
    const { row, email } = await oneReader();
    await post(event("email.bounced", row.emailId!, email, new Date(), { bounce: { type: "Permanent", message: "No such user" } }));
    await post(event("email.delivered", row.emailId!, email, new Date()));
    expect((await rowOf(row.id)).status).toBe("BOUNCED");
  });

  it("are refused with a wrong signature, and change nothing", async () => {
    const { row, email } = await oneReader();
    const response = await post(event("email.bounced", row.emailId!, email, new Date(), { bounce: { type: "Permanent" } }), `whsec_${Buffer.from("not the secret").toString("base64")}`);
    expect(response.status).toBe(401);
    expect(await rowOf(row.id)).toMatchObject({ status: "SENT", bouncedAt: null });
    expect(await db.emailSuppression.count({ where: { email: email.toLowerCase() } })).toBe(0);
  });
});
