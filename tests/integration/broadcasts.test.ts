import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as oneClick } from "@/app/api/unsubscribe/[token]/route";
import { countRecipientsAction, saveBroadcastAction, setHrMaySendAction, unscheduleBroadcastAction } from "@/lib/actions/broadcasts";
import { listAnnouncements, openAnnouncement, unreadAnnouncements } from "@/lib/broadcasts/announcements";
import { releaseDueBroadcasts } from "@/lib/broadcasts/release";
import { unsubscribeToken } from "@/lib/broadcasts/unsubscribe-token";
import { db } from "@/lib/db";
import { mayEmail } from "@/lib/email/preferences";
import { caller } from "../support/action-caller";
import { alumnusContext } from "../support/events";
import { createMember, createTenant } from "../support/factories";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const redirected = vi.hoisted(() => ({ to: "" }));
vi.mock("next/navigation", async (original) => ({
  ...(await original<object>()),
  redirect: (to: string) => {
    redirected.to = to;
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT" });
  },
}));

beforeEach(() => {
  caller.userId = null;
  redirected.to = "";
});

const form = (tenant: string, fields: Record<string, string>) => ({
  tenant,
  category: "news",
  subjectJa: "近況のお知らせ",
  bodyJa: "本文です。",
  audience: "EVERYONE",
  ...fields,
});

/** Saves through the action as the caller and returns the announcement it redirected to. */
async function save(tenant: string, fields: Record<string, string>) {
  await expect(saveBroadcastAction(null, form(tenant, fields))).rejects.toThrow("NEXT_REDIRECT");
  const id = redirected.to.match(/broadcasts\/([^?]+)/)![1]!;
  return db.broadcast.findUniqueOrThrow({ where: { id } });
}

const fanOutJobs = async (broadcastId: string) =>
  (await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE name = 'broadcasts.fan-out' AND data->>'broadcastId' = ${broadcastId}`)[0]!.n;

describe("composing announcements", () => {
  it("counts who it reaches before sending: everyone in the portal, by email only those who allow the category", async () => {
    const tenant = await createTenant();
    const { user: admin } = await createMember(tenant.id, "ADMIN");
    const [a, b, c] = [await alumnusContext(tenant, "営業 一郎"), await alumnusContext(tenant, "開発 二郎"), await alumnusContext(tenant, "開発 三郎")];
    await db.alumniProfile.update({ where: { id: b.profile.id }, data: { department: "開発部" } });
    await db.alumniProfile.update({ where: { id: c.profile.id }, data: { department: "開発部" } });
    await createMember(tenant.id, "ALUMNI", "SUSPENDED");
    await db.emailPreference.create({ data: { tenantId: tenant.id, membershipId: a.membership.id, category: "news", enabled: false } });
    await db.emailSuppression.create({ data: { email: c.user.email, reason: "BOUNCED" } });
    caller.userId = admin.id;
    const count = (fields: Record<string, string>) => countRecipientsAction(null, { tenant: tenant.slug, category: "news", ...fields });
    expect(await count({ audience: "EVERYONE" })).toMatchObject({ ok: true, data: { members: 3, email: 1 } });
    expect(await count({ audience: "EVERYONE", category: "events" })).toMatchObject({ ok: true, data: { members: 3, email: 2 } });
    expect(await count({ audience: "FILTER", fdepartment: "開発部" })).toMatchObject({ ok: true, data: { members: 2, email: 1 } });
    const segment = await db.segment.create({ data: { tenantId: tenant.id, name: "営業", filters: { q: "営業" } } });
    expect(await count({ audience: "SEGMENT", segmentId: segment.id })).toMatchObject({ ok: true, data: { members: 1, email: 0 } });
    const other = await db.segment.create({ data: { tenantId: (await createTenant()).id, name: "x", filters: {} } });
    expect(await count({ audience: "SEGMENT", segmentId: other.id })).toMatchObject({ ok: false });
  });

  it("puts each mistake beside its field and saves nothing", async () => {
    const tenant = await createTenant();
    const { user: admin } = await createMember(tenant.id, "ADMIN");
    caller.userId = admin.id;
    const halfEnglish = await saveBroadcastAction(null, form(tenant.slug, { subjectEn: "News" }));
    expect(halfEnglish).toMatchObject({ ok: false, fieldErrors: { bodyEn: expect.stringContaining("本文") } });
    const empty = await saveBroadcastAction(null, form(tenant.slug, { subjectJa: "", bodyJa: "" }));
    expect(empty).toMatchObject({ ok: false, fieldErrors: { subjectJa: expect.any(String) } });
    const noSegment = await saveBroadcastAction(null, form(tenant.slug, { audience: "SEGMENT" }));
    expect(noSegment).toMatchObject({ ok: false, fieldErrors: { segmentId: expect.any(String) } });
    const unknownCategory = await saveBroadcastAction(null, form(tenant.slug, { category: "gossip" }));
    expect(unknownCategory).toMatchObject({ ok: false, fieldErrors: { category: expect.any(String) } });
    const past = await saveBroadcastAction(null, form(tenant.slug, { intent: "schedule", scheduledAt: "2020-01-01T09:00" }));
    expect(past).toMatchObject({ ok: false, fieldErrors: { scheduledAt: expect.any(String) } });
    expect(await db.broadcast.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("lets HR staff draft but not send, until an owner grants it", async () => {
    const tenant = await createTenant();
    const { user: hr } = await createMember(tenant.id, "HR");
    const { user: owner } = await createMember(tenant.id, "OWNER");
    await alumnusContext(tenant);
    caller.userId = hr.id;
    const draft = await save(tenant.slug, {});
    expect(draft.status).toBe("DRAFT");
    expect(await saveBroadcastAction(null, form(tenant.slug, { id: draft.id, intent: "send" }))).toMatchObject({ ok: false, error: expect.any(String) });
    expect((await db.broadcast.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    caller.userId = owner.id;
    expect(await setHrMaySendAction(null, { tenant: tenant.slug, allowed: "yes" })).toMatchObject({ ok: true });
    caller.userId = hr.id;
    const sent = await save(tenant.slug, { id: draft.id, intent: "send" });
    expect(sent).toMatchObject({ status: "SENDING", sentById: hr.id });
    expect(await fanOutJobs(draft.id)).toBe(1n);
    // Sent is sent: it cannot be edited or sent a second time.
    expect(await saveBroadcastAction(null, form(tenant.slug, { id: draft.id, intent: "send" }))).toMatchObject({ ok: false });
    expect(await fanOutJobs(draft.id)).toBe(1n);
  });

  it("schedules in the company's time, can be taken back, and starts once when due", async () => {
    const tenant = await createTenant();
    const { user: admin } = await createMember(tenant.id, "ADMIN");
    await alumnusContext(tenant);
    caller.userId = admin.id;
    const scheduled = await save(tenant.slug, { intent: "schedule", scheduledAt: "2031-04-01T09:30" });
    // 09:30 in Tokyo is 00:30 UTC.
    expect(scheduled).toMatchObject({ status: "SCHEDULED", scheduledAt: new Date("2031-04-01T00:30:00Z") });
    expect(await unscheduleBroadcastAction(null, { tenant: tenant.slug, id: scheduled.id })).toMatchObject({ ok: true });
    expect(await db.broadcast.findUniqueOrThrow({ where: { id: scheduled.id } })).toMatchObject({ status: "DRAFT", scheduledAt: null });
    const again = await save(tenant.slug, { id: scheduled.id, intent: "schedule", scheduledAt: "2031-04-01T09:30" });
    expect(await releaseDueBroadcasts(new Date("2031-03-31T23:00:00Z"))).toBe(0);
    expect(await releaseDueBroadcasts(new Date("2031-04-01T00:31:00Z"))).toBe(1);
    expect(await releaseDueBroadcasts(new Date("2031-04-01T00:32:00Z"))).toBe(0);
    expect(await db.broadcast.findUniqueOrThrow({ where: { id: again.id } })).toMatchObject({ status: "SENDING" });
    expect(await fanOutJobs(again.id)).toBe(1n);
    expect(await db.auditEvent.count({ where: { tenantId: tenant.id, action: { startsWith: "broadcast." } } })).toBe(3);
  });
});

describe("announcements in the portal and unsubscribing", () => {
  async function delivered(tenant: { id: string; slug: string }, category = "news") {
    const reader = await alumnusContext(tenant, "読者 花子");
    const broadcast = await db.broadcast.create({
      data: { tenantId: tenant.id, category, status: "SENT", subjectJa: "お知らせ", bodyJa: "**本文**", subjectEn: "News", bodyEn: "Body" },
    });
    await db.broadcastDelivery.create({ data: { tenantId: tenant.id, broadcastId: broadcast.id, membershipId: reader.membership.id, channel: "PORTAL", status: "SENT", locale: "ja" } });
    const email = await db.broadcastDelivery.create({
      data: { tenantId: tenant.id, broadcastId: broadcast.id, membershipId: reader.membership.id, channel: "EMAIL", status: "SENT", locale: "ja", email: reader.user.email },
    });
    return { reader, broadcast, email };
  }

  it("shows a member the announcements that reached them, unread until opened; others cannot open them", async () => {
    const tenant = await createTenant();
    const { reader, broadcast } = await delivered(tenant);
    const bystander = await alumnusContext(tenant, "別の 人");
    expect(await unreadAnnouncements(tenant.id, reader.membership.id)).toBe(1);
    expect((await listAnnouncements(reader.context)).items).toMatchObject([{ broadcastId: broadcast.id, read: false }]);
    expect(await openAnnouncement(bystander.context, broadcast.id)).toBeNull();
    expect((await listAnnouncements(bystander.context)).items).toEqual([]);
    expect(await openAnnouncement(reader.context, broadcast.id)).toMatchObject({ subjectJa: "お知らせ" });
    expect(await unreadAnnouncements(tenant.id, reader.membership.id)).toBe(0);
  });

  it("one-click unsubscribe turns off that category for that member only, and counts it on the announcement", async () => {
    const tenant = await createTenant();
    const { reader, email } = await delivered(tenant, "opportunities");
    const forged = `${email.id}.${"A".repeat(43)}`;
    expect((await oneClick(new Request("http://localhost/x", { method: "POST" }), { params: Promise.resolve({ token: forged }) })).status).toBe(404);
    expect(await mayEmail(tenant.id, reader.membership.id, "opportunities")).toBe(true);
    const response = await oneClick(new Request("http://localhost/x", { method: "POST", body: "List-Unsubscribe=One-Click" }), { params: Promise.resolve({ token: unsubscribeToken(email.id) }) });
    expect(response.status).toBe(200);
    expect(await mayEmail(tenant.id, reader.membership.id, "opportunities")).toBe(false);
    expect(await mayEmail(tenant.id, reader.membership.id, "news")).toBe(true);
    const after = await db.broadcastDelivery.findUniqueOrThrow({ where: { id: email.id } });
    expect(after.unsubscribedAt).not.toBeNull();
    // A second POST (mail clients retry) changes nothing.
    await oneClick(new Request("http://localhost/x", { method: "POST" }), { params: Promise.resolve({ token: unsubscribeToken(email.id) }) });
    expect((await db.broadcastDelivery.findUniqueOrThrow({ where: { id: email.id } })).unsubscribedAt).toEqual(after.unsubscribedAt);
    expect(await db.emailPreference.count({ where: { membershipId: reader.membership.id } })).toBe(1);
  });
});
