import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { jobQueue } from "@/lib/jobs/boss";
import { sendNotificationDigests } from "@/lib/notifications/digest";
import { sendNotificationEmail } from "@/lib/notifications/email";
import { notify } from "@/lib/notifications/notify";
import { alumnusContext } from "../support/events";
import { createTenant } from "../support/factories";
import { queuedMessageMails } from "../support/inbox";
import { startResendSink, type ResendSink } from "../support/resend-sink";

let sink: ResendSink;

beforeAll(async () => {
  sink = await startResendSink();
  process.env.RESEND_API_KEY = "re_test_key";
  process.env.RESEND_BASE_URL = sink.url;
  process.env.AUTH_URL = "http://localhost:3000";
});

afterAll(async () => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  await sink.close();
});

const refused = { status: 422, body: { statusCode: 422, name: "validation_error", message: "Refused for the test" } };

async function tell(tenantId: string, recipientId: string, actorId: string, refId: string) {
  await jobQueue();
  await db.$transaction((tx) => notify(tx, { tenantId, recipientId, kind: "DIRECT_MESSAGE", actorId, refId, path: `/x/messages/${refId}`, excerpt: `${refId} の本文` }));
}

describe("notification mail that fails", () => {
  it("gives a digest's lines back when its mail is refused, and sends them once on the next run", { timeout: 30_000 }, async () => {
    const tenant = await createTenant();
    const [alumna, friend] = [await alumnusContext(tenant, "佐藤 花子"), await alumnusContext(tenant, "鈴木 一郎")];
    await db.emailPreference.create({ data: { tenantId: tenant.id, membershipId: alumna.membership.id, category: "messages", enabled: true, frequency: "DAILY" } });
    await tell(tenant.id, alumna.membership.id, friend.membership.id, "c1");
    await tell(tenant.id, alumna.membership.id, friend.membership.id, "c2");

    sink.failNext(refused);
    expect(await sendNotificationDigests(new Date(), tenant.id)).toMatchObject({ sent: 0, failed: 1, items: 2 });
    expect(await db.notification.count({ where: { tenantId: tenant.id, emailedAt: null } })).toBe(2);
    expect(await sendNotificationDigests(new Date(), tenant.id)).toMatchObject({ sent: 1, failed: 0, items: 2 });
    expect(await sendNotificationDigests(new Date(), tenant.id)).toMatchObject({ sent: 0, items: 0 });
    expect(sink.perRecipient.get(alumna.user.email.toLowerCase()) ?? sink.perRecipient.get(alumna.user.email)).toBe(1);
  });

  it("gives an immediate mail's claim back and throws (pg-boss retries), then sends it once", async () => {
    const tenant = await createTenant();
    const [alumna, friend] = [await alumnusContext(tenant, "佐藤 花子"), await alumnusContext(tenant, "鈴木 一郎")];
    await tell(tenant.id, alumna.membership.id, friend.membership.id, "c1");
    const [job] = await queuedMessageMails(tenant.id);
    sink.failNext(refused);
    await expect(sendNotificationEmail(job!)).rejects.toThrow();
    expect(await db.notification.count({ where: { tenantId: tenant.id, emailedAt: null } })).toBe(1);
    expect(await sendNotificationEmail(job!)).toBe(true);
    expect(await sendNotificationEmail(job!)).toBe(false);
    expect(sink.perRecipient.get(alumna.user.email.toLowerCase()) ?? sink.perRecipient.get(alumna.user.email)).toBe(1);
  });
});
