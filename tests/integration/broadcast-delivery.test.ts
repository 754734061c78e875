import { describe, expect, it } from "vitest";
import { fanOutBroadcast } from "@/lib/broadcasts/delivery/fan-out";
import { sendBroadcastBatch } from "@/lib/broadcasts/delivery/send-batch";
import { unsubscribePageUrl } from "@/lib/broadcasts/unsubscribe-token";
import { db } from "@/lib/db";
import { QUEUES } from "@/lib/jobs/queues";
import { createAlumnusWithLocale, createBroadcast, createManyAlumni, startNow } from "../support/broadcasts";
import { createMember, createTenant } from "../support/factories";

process.env.AUTH_URL = "http://localhost:3000";

const deliveries = (broadcastId: string, channel: "EMAIL" | "PORTAL") =>
  db.broadcastDelivery.findMany({ where: { broadcastId, channel }, orderBy: { id: "asc" } });

const queuedBatchJobs = async (broadcastId: string) =>
  (await db.$queryRaw<{ batch: number }[]>`SELECT (data->>'batch')::int AS batch FROM pgboss.job WHERE name = ${QUEUES.sendBroadcastBatch} AND data->>'broadcastId' = ${broadcastId} ORDER BY 1`).map((r) => r.batch);

/** A company with the kinds of people an announcement meets: Japanese and English readers, one who turned news off, one whose address bounced, one suspended, and staff. */
async function company() {
  const tenant = await createTenant();
  const hanako = await createAlumnusWithLocale(tenant.id, "ja");
  const emma = await createAlumnusWithLocale(tenant.id, "en");
  const quiet = await createAlumnusWithLocale(tenant.id, null);
  await db.emailPreference.create({ data: { tenantId: tenant.id, membershipId: quiet.membership.id, category: "news", enabled: false } });
  const bounced = await createAlumnusWithLocale(tenant.id, "ja");
  await db.emailSuppression.create({ data: { email: bounced.user.email.toLowerCase(), reason: "BOUNCED" } });
  const suspended = await createMember(tenant.id, "ALUMNI", "SUSPENDED");
  const staff = await createMember(tenant.id, "HR");
  return { tenant, hanako, emma, quiet, bounced, suspended, staff };
}

describe("the fan-out", () => {
  it("writes a portal row for every audience member and an email row each, skipped with the reason where no email may go", async () => {
    const c = await company();
    const broadcast = await createBroadcast(c.tenant.id);
    await startNow(c.tenant.id, broadcast.id);

    const result = await fanOutBroadcast(c.tenant.id, broadcast.id);
    expect(result).toEqual({ outcome: "fannedOut", members: 4, emails: 2, skipped: 2, batches: 1 });

    const portal = await deliveries(broadcast.id, "PORTAL");
    expect(portal.map((d) => d.membershipId).sort()).toEqual([c.hanako, c.emma, c.quiet, c.bounced].map((m) => m.membership.id).sort());
    expect(portal.every((d) => d.status === "SENT")).toBe(true);

    const email = await deliveries(broadcast.id, "EMAIL");
    const byMember = new Map(email.map((d) => [d.membershipId, d]));
    expect(byMember.get(c.hanako.membership.id)).toMatchObject({ status: "QUEUED", locale: "ja", batch: 0, email: c.hanako.user.email });
    expect(byMember.get(c.emma.membership.id)).toMatchObject({ status: "QUEUED", locale: "en", batch: 0 });
    expect(byMember.get(c.quiet.membership.id)).toMatchObject({ status: "SKIPPED", skipReason: "optedOut", batch: null });
    expect(byMember.get(c.bounced.membership.id)).toMatchObject({ status: "SKIPPED", skipReason: "suppressed", batch: null });
    expect(byMember.has(c.suspended.membership.id)).toBe(false);
    expect(byMember.has(c.staff.membership.id)).toBe(false);

    expect(await db.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })).toMatchObject({ status: "SENDING", recipientCount: 4, fannedOutAt: expect.any(Date) });
    expect(await queuedBatchJobs(broadcast.id)).toEqual([0]);
  });

  it("does nothing when run again (a retried job): no second row, no second batch job", async () => {
    const c = await company();
    const broadcast = await createBroadcast(c.tenant.id);
    await startNow(c.tenant.id, broadcast.id);
    await fanOutBroadcast(c.tenant.id, broadcast.id);
    expect(await fanOutBroadcast(c.tenant.id, broadcast.id)).toEqual({ outcome: "nothingToDo" });
    expect(await db.broadcastDelivery.count({ where: { broadcastId: broadcast.id } })).toBe(8);
    expect(await queuedBatchJobs(broadcast.id)).toEqual([0]);
  });

  it("does nothing for a draft or for another company's announcement", async () => {
    const c = await company();
    const other = await createTenant();
    const broadcast = await createBroadcast(c.tenant.id);
    expect(await fanOutBroadcast(c.tenant.id, broadcast.id)).toEqual({ outcome: "nothingToDo" });
    await startNow(c.tenant.id, broadcast.id);
    expect(await fanOutBroadcast(other.id, broadcast.id)).toEqual({ outcome: "nothingToDo" });
    expect(await db.broadcastDelivery.count({ where: { broadcastId: broadcast.id } })).toBe(0);
  });

  it("gives English readers the Japanese version when there is no English one", async () => {
    const c = await company();
    const broadcast = await createBroadcast(c.tenant.id, { en: null });
    await startNow(c.tenant.id, broadcast.id);
    await fanOutBroadcast(c.tenant.id, broadcast.id);
    const emma = await db.broadcastDelivery.findFirstOrThrow({ where: { broadcastId: broadcast.id, membershipId: c.emma.membership.id, channel: "EMAIL" } });
    expect(emma.locale).toBe("ja");
  });

  it("puts at most 100 emails in a batch and queues one job per batch", async () => {
    const tenant = await createTenant();
    await createManyAlumni(tenant.id, 250, `fan-${tenant.id}`);
    const broadcast = await createBroadcast(tenant.id);
    await startNow(tenant.id, broadcast.id);
    expect(await fanOutBroadcast(tenant.id, broadcast.id)).toMatchObject({ members: 250, emails: 250, batches: 3 });
    const sizes = await db.broadcastDelivery.groupBy({ by: ["batch"], where: { broadcastId: broadcast.id, channel: "EMAIL" }, _count: true, orderBy: { batch: "asc" } });
    expect(sizes.map((s) => [s.batch, s._count])).toEqual([[0, 100], [1, 100], [2, 50]]);
    expect(await queuedBatchJobs(broadcast.id)).toEqual([0, 1, 2]);
  });

  it("fails the announcement when its segment was deleted before it went out", async () => {
    const c = await company();
    const broadcast = await createBroadcast(c.tenant.id, { audience: "SEGMENT", segmentId: "deleted-segment" });
    await startNow(c.tenant.id, broadcast.id);
    expect(await fanOutBroadcast(c.tenant.id, broadcast.id)).toEqual({ outcome: "audienceGone" });
    expect(await db.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })).toMatchObject({ status: "FAILED", error: "audienceGone", recipientCount: 0 });
    expect(await db.broadcastDelivery.count({ where: { broadcastId: broadcast.id } })).toBe(0);
  });

  it("is SENT at once when nobody may be emailed (the portal announcement is all there is)", async () => {
    const tenant = await createTenant();
    const only = await createAlumnusWithLocale(tenant.id, "ja");
    await db.emailPreference.create({ data: { tenantId: tenant.id, membershipId: only.membership.id, category: "all", enabled: false } });
    const broadcast = await createBroadcast(tenant.id);
    await startNow(tenant.id, broadcast.id);
    expect(await fanOutBroadcast(tenant.id, broadcast.id)).toMatchObject({ members: 1, emails: 0, batches: 0 });
    expect(await db.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })).toMatchObject({ status: "SENT", completedAt: expect.any(Date) });
  });
});

describe("a batch without a Resend key", () => {
  it("lands in the outbox, each reader in their language with their own unsubscribe link, and the announcement is SENT", async () => {
    const c = await company();
    await db.tenant.update({ where: { id: c.tenant.id }, data: { brandColor: "#0f766e", nameEn: "Test Corp" } });
    const broadcast = await createBroadcast(c.tenant.id);
    await startNow(c.tenant.id, broadcast.id);
    await fanOutBroadcast(c.tenant.id, broadcast.id);

    expect(await sendBroadcastBatch({ tenantId: c.tenant.id, broadcastId: broadcast.id, batch: 0 })).toEqual({ sent: 2, skipped: 0, failed: 0, via: "outbox" });

    const hanakoMail = await db.outboxEmail.findFirstOrThrow({ where: { to: c.hanako.user.email.toLowerCase() } });
    const emmaMail = await db.outboxEmail.findFirstOrThrow({ where: { to: c.emma.user.email.toLowerCase() } });
    expect(hanakoMail).toMatchObject({ subject: "新オフィス開設のお知らせ", tag: "broadcast", tenantId: c.tenant.id });
    expect(emmaMail.subject).toBe("Our new office");
    expect(emmaMail.from).toContain('"Test Corp" <no-reply@kizuna.local>');
    expect(emmaMail.html).toContain("#0f766e");
    expect(emmaMail.html).toContain("<strong>April</strong>");
    expect(emmaMail.html).toContain("https://example.com/osaka");
    expect(hanakoMail.html).toContain("「会社からのお知らせ・ニュース」");

    const emmaRow = await db.broadcastDelivery.findFirstOrThrow({ where: { broadcastId: broadcast.id, membershipId: c.emma.membership.id, channel: "EMAIL" } });
    expect(emmaRow).toMatchObject({ status: "SENT", emailId: emmaMail.id, sentAt: expect.any(Date), claimedAt: expect.any(Date) });
    expect(emmaMail.html).toContain(unsubscribePageUrl(emmaRow.id));
    expect(emmaMail.text).toContain(unsubscribePageUrl(emmaRow.id));
    expect(emmaMail.html).toContain(`http://localhost:3000/${c.tenant.slug}/preferences`);
    expect(emmaMail.html).not.toContain("KIZUNA_UNSUBSCRIBE");
    // Nothing from the others: opted out, bounced, suspended, staff.
    expect(await db.outboxEmail.count({ where: { tenantId: c.tenant.id } })).toBe(2);
    expect(await db.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })).toMatchObject({ status: "SENT", completedAt: expect.any(Date) });
  });

  it("sends nothing twice when the batch job runs again", async () => {
    const c = await company();
    const broadcast = await createBroadcast(c.tenant.id);
    await startNow(c.tenant.id, broadcast.id);
    await fanOutBroadcast(c.tenant.id, broadcast.id);
    await sendBroadcastBatch({ tenantId: c.tenant.id, broadcastId: broadcast.id, batch: 0 });
    expect(await sendBroadcastBatch({ tenantId: c.tenant.id, broadcastId: broadcast.id, batch: 0 })).toMatchObject({ sent: 0 });
    expect(await db.outboxEmail.count({ where: { tenantId: c.tenant.id } })).toBe(2);
  });

  it("skips people who left, were suspended or turned the category off after the fan-out", async () => {
    const tenant = await createTenant();
    const leaver = await createAlumnusWithLocale(tenant.id, "ja");
    const suspended = await createAlumnusWithLocale(tenant.id, "ja");
    const optedOut = await createAlumnusWithLocale(tenant.id, "en");
    const stays = await createAlumnusWithLocale(tenant.id, "en");
    const broadcast = await createBroadcast(tenant.id);
    await startNow(tenant.id, broadcast.id);
    await fanOutBroadcast(tenant.id, broadcast.id);

    await db.membership.update({ where: { id: leaver.membership.id }, data: { status: "LEFT" } });
    await db.membership.update({ where: { id: suspended.membership.id }, data: { status: "SUSPENDED" } });
    await db.emailPreference.create({ data: { tenantId: tenant.id, membershipId: optedOut.membership.id, category: "news", enabled: false } });

    expect(await sendBroadcastBatch({ tenantId: tenant.id, broadcastId: broadcast.id, batch: 0 })).toMatchObject({ sent: 1, skipped: 3 });
    const rows = await deliveries(broadcast.id, "EMAIL");
    const reason = (id: string) => rows.find((r) => r.membershipId === id)?.skipReason;
    expect([reason(leaver.membership.id), reason(suspended.membership.id), reason(optedOut.membership.id)]).toEqual(["left", "suspended", "optedOut"]);
    expect(await db.outboxEmail.findMany({ where: { tenantId: tenant.id }, select: { to: true } })).toEqual([{ to: stays.user.email.toLowerCase() }]);
    expect(await db.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })).toMatchObject({ status: "SENT" });
  });

  it("stays SENDING until the last batch is out", async () => {
    const tenant = await createTenant();
    await createManyAlumni(tenant.id, 150, `last-${tenant.id}`);
    const broadcast = await createBroadcast(tenant.id);
    await startNow(tenant.id, broadcast.id);
    await fanOutBroadcast(tenant.id, broadcast.id);
    await sendBroadcastBatch({ tenantId: tenant.id, broadcastId: broadcast.id, batch: 1 });
    expect((await db.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })).status).toBe("SENDING");
    await sendBroadcastBatch({ tenantId: tenant.id, broadcastId: broadcast.id, batch: 0 });
    expect((await db.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })).status).toBe("SENT");
    expect(await db.outboxEmail.count({ where: { tenantId: tenant.id } })).toBe(150);
  });
});
