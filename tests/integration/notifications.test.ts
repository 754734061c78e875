import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveEmailPreferencesAction } from "@/lib/actions/email-preferences";
import { staffReplyAction } from "@/lib/actions/inbox-staff";
import { markAllNotificationsReadAction } from "@/lib/actions/notifications";
import { db } from "@/lib/db";
import { getPreferenceCentre } from "@/lib/email/preferences";
import { openConversation } from "@/lib/inbox/thread";
import { decideApplicant } from "@/lib/join/applicants";
import { joinProofToken } from "@/lib/join/email-proof";
import { selfJoin } from "@/lib/join/self-join";
import { jobQueue } from "@/lib/jobs/boss";
import { sendNotificationDigests } from "@/lib/notifications/digest";
import { sendNotificationEmail } from "@/lib/notifications/email";
import { notify, type NotifyInput } from "@/lib/notifications/notify";
import { listNotifications, openNotification, unreadNotifications } from "@/lib/notifications/read";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { caller } from "../support/action-caller";
import { alumnusContext } from "../support/events";
import { createMember, createTenant } from "../support/factories";
import { askCompany, queuedMessageMails } from "../support/inbox";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

process.env.AUTH_URL = "http://localhost:3000";

beforeEach(() => {
  caller.userId = null;
});

async function people() {
  const tenant = await createTenant();
  const alumna = await alumnusContext(tenant, "佐藤 花子");
  const friend = await alumnusContext(tenant, "鈴木 一郎");
  return { tenant, alumna, friend };
}

async function send(input: NotifyInput) {
  await jobQueue();
  await db.$transaction((tx) => notify(tx, input));
}

const line = (tenantId: string, recipientId: string, actorId: string, refId: string, excerpt = "こんにちは") =>
  ({ tenantId, recipientId, kind: "DIRECT_MESSAGE", actorId, refId, path: `/x/messages/${refId}`, excerpt }) as const;

const mailsTo = (email: string) => db.outboxEmail.findMany({ where: { to: email.toLowerCase() }, orderBy: { createdAt: "asc" } });

describe("notify()", () => {
  it("never tells people about what they did themselves, and merges what happens to one thing while it is unread", async () => {
    const { tenant, alumna, friend } = await people();
    await send(line(tenant.id, alumna.membership.id, alumna.membership.id, "c1"));
    expect(await unreadNotifications(tenant.id, alumna.membership.id)).toBe(0);

    for (const text of ["一通目", "二通目", `三通目 ${"あ".repeat(400)}`]) {
      await send(line(tenant.id, alumna.membership.id, friend.membership.id, "c1", text));
    }
    await send(line(tenant.id, alumna.membership.id, friend.membership.id, "c2", "別の会話"));
    expect(await unreadNotifications(tenant.id, alumna.membership.id)).toBe(2);
    const [other, merged] = await listNotifications(alumna.context);
    expect(other).toMatchObject({ excerpt: "別の会話", count: 1, actor: "鈴木 一郎" });
    expect(merged).toMatchObject({ count: 3, read: false });
    expect(Array.from(merged!.excerpt!)).toHaveLength(280);
    expect(merged!.excerpt!.startsWith("三通目")).toBe(true);

    // Once read, the next message is a new line.
    expect(await openNotification(alumna.context, merged!.id)).toBe("/x/messages/c1");
    await send(line(tenant.id, alumna.membership.id, friend.membership.id, "c1", "四通目"));
    expect(await db.notification.count({ where: { tenantId: tenant.id, recipientId: alumna.membership.id, refId: "c1" } })).toBe(2);
    expect(await unreadNotifications(tenant.id, alumna.membership.id)).toBe(2);
  });

  it("mails at once by default, sends one mail for a burst merged before the job ran, and nothing when the category is off or daily", async () => {
    const { tenant, alumna, friend } = await people();
    await send(line(tenant.id, alumna.membership.id, friend.membership.id, "c1", "一通目"));
    await send(line(tenant.id, alumna.membership.id, friend.membership.id, "c1", "二通目"));
    const jobs = await queuedMessageMails(tenant.id);
    expect(jobs).toHaveLength(2);
    expect(await sendNotificationEmail(jobs[0]!)).toBe(true);
    expect(await sendNotificationEmail(jobs[1]!)).toBe(false);
    const mails = await mailsTo(alumna.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("鈴木 一郎 さんからメッセージが届きました");
    expect(mails[0]!.text).toContain("二通目");
    expect(mails[0]!.text).toContain("http://localhost:3000/x/messages/c1");

    // Off: the bell only. Daily: the bell now, the digest later.
    caller.userId = alumna.user.id;
    expect(await saveEmailPreferencesAction(null, { tenant: tenant.slug, all: "on", messages: "off" })).toMatchObject({ ok: true });
    await send(line(tenant.id, alumna.membership.id, friend.membership.id, "c2"));
    expect(await saveEmailPreferencesAction(null, { tenant: tenant.slug, all: "on", messages: "daily", news: "on" })).toMatchObject({ ok: true });
    expect((await getPreferenceCentre(alumna.context)).preferences).toMatchObject({ categories: { messages: true, news: true, events: false }, daily: ["messages"] });
    await send(line(tenant.id, alumna.membership.id, friend.membership.id, "c3"));
    expect(await queuedMessageMails(tenant.id)).toHaveLength(2);
    expect(await unreadNotifications(tenant.id, alumna.membership.id)).toBe(3);
  });
});

describe("the daily digest", () => {
  it("sends each person one mail in their language listing their unread lines, never twice, even when runs overlap", async () => {
    const { tenant, alumna, friend } = await people();
    await db.user.update({ where: { id: friend.user.id }, data: { locale: "en" } });
    for (const who of [alumna, friend]) {
      await db.emailPreference.create({ data: { tenantId: tenant.id, membershipId: who.membership.id, category: "messages", enabled: true, frequency: "DAILY" } });
    }
    await send(line(tenant.id, alumna.membership.id, friend.membership.id, "c1", "最初の質問"));
    await send(line(tenant.id, alumna.membership.id, friend.membership.id, "c2", "二つ目の話題"));
    await send(line(tenant.id, alumna.membership.id, friend.membership.id, "c3", "既読にするもの"));
    await send(line(tenant.id, friend.membership.id, alumna.membership.id, "c1", "Thanks!"));
    // Daily: nothing queued to go at once. A line already read is not in the digest.
    expect(await queuedMessageMails(tenant.id)).toHaveLength(0);
    const read = (await listNotifications(alumna.context)).find((l) => l.excerpt === "既読にするもの")!;
    await openNotification(alumna.context, read.id);

    // Three overlapping runs and a later one.
    await Promise.all([sendNotificationDigests(new Date(), tenant.id), sendNotificationDigests(new Date(), tenant.id), sendNotificationDigests(new Date(), tenant.id)]);
    await sendNotificationDigests(new Date(), tenant.id);

    const hers = await mailsTo(alumna.user.email);
    expect(hers).toHaveLength(1);
    expect(hers[0]!.subject).toContain("あなた宛ての通知 2 件");
    expect(hers[0]!.text).toContain("最初の質問");
    expect(hers[0]!.text).toContain("二つ目の話題");
    expect(hers[0]!.text).not.toContain("既読にするもの");
    expect(hers[0]!.text).toContain("http://localhost:3000/x/messages/c2");
    const his = await mailsTo(friend.user.email);
    expect(his).toHaveLength(1);
    expect(his[0]!.subject).toContain("1 notifications for you");
    expect(his[0]!.text).toContain("佐藤 花子 sent you a message");

    // A line that changes after its digest is due again the next day, alone.
    await send(line(tenant.id, alumna.membership.id, friend.membership.id, "c1", "追伸"));
    await sendNotificationDigests(new Date(), tenant.id);
    const next = await mailsTo(alumna.user.email);
    expect(next).toHaveLength(2);
    expect(next[1]!.subject).toContain("あなた宛ての通知 1 件");
    expect(next[1]!.text).toContain("追伸");
    expect(await mailsTo(friend.user.email)).toHaveLength(1);
  });

  it("sends nothing to someone whose company mail is off, and leaves the lines on their bell", async () => {
    const { tenant, alumna, friend } = await people();
    await db.emailPreference.createMany({
      data: [
        { tenantId: tenant.id, membershipId: alumna.membership.id, category: "messages", enabled: true, frequency: "DAILY" },
        { tenantId: tenant.id, membershipId: alumna.membership.id, category: "all", enabled: false },
      ],
    });
    await send(line(tenant.id, alumna.membership.id, friend.membership.id, "c1"));
    await sendNotificationDigests(new Date(), tenant.id);
    expect(await mailsTo(alumna.user.email)).toHaveLength(0);
    expect(await unreadNotifications(tenant.id, alumna.membership.id)).toBe(1);
  });
});

describe("the bell and its sources", () => {
  it("counts HR's reply to the alumna, clears it when she opens the conversation, and marks all read", async () => {
    const { tenant, alumna, friend } = await people();
    const hr = await createMember(tenant.id, "HR");
    const conversationId = await askCompany(alumna.context);
    caller.userId = hr.user.id;
    await staffReplyAction(null, { tenant: tenant.slug, conversationId, body: "内部メモ", internal: "true" });
    expect(await unreadNotifications(tenant.id, alumna.membership.id)).toBe(0);
    await staffReplyAction(null, { tenant: tenant.slug, conversationId, body: "ご連絡ありがとうございます。" });
    await staffReplyAction(null, { tenant: tenant.slug, conversationId, body: "追ってご案内します。" });
    expect(await unreadNotifications(tenant.id, alumna.membership.id)).toBe(1);
    expect(await listNotifications(alumna.context)).toMatchObject([{ kind: "COMPANY_REPLY", count: 2, excerpt: "追ってご案内します。" }]);
    await openConversation(alumna.context, "member", conversationId);
    expect(await unreadNotifications(tenant.id, alumna.membership.id)).toBe(0);

    await send(line(tenant.id, friend.membership.id, alumna.membership.id, "c1"));
    await send(line(tenant.id, friend.membership.id, alumna.membership.id, "c2"));
    caller.userId = friend.user.id;
    expect(await markAllNotificationsReadAction(null, { tenant: tenant.slug })).toMatchObject({ ok: true });
    expect(await unreadNotifications(tenant.id, friend.membership.id)).toBe(0);
  });

  it("puts a self-sign-up waiting for approval on every approver's bell, and takes it off when one decides", async () => {
    const tenant = await createTenant();
    await db.tenant.update({ where: { id: tenant.id }, data: { registrationRule: "APPROVAL" } });
    const [hr, owner] = [await createMember(tenant.id, "HR"), await createMember(tenant.id, "OWNER")];
    const bystander = await alumnusContext(tenant);
    const joined = await selfJoin(tenant.slug, joinProofToken(tenant.id, "stranger@example.com"), { newAccount: { name: "見知らぬ 人", password: "long-enough-pass", locale: "ja" } }, "2015年まで営業部にいました");
    expect(joined).toMatchObject({ ok: true, status: "PENDING" });
    for (const staff of [hr, owner]) {
      expect(await unreadNotifications(tenant.id, staff.membership.id)).toBe(1);
    }
    expect(await unreadNotifications(tenant.id, bystander.membership.id)).toBe(0);
    const hrContext = (await resolveTenantContext(tenant.slug, hr.user.id)) as TenantContext;
    expect(await listNotifications(hrContext)).toMatchObject([{ kind: "APPROVAL", actor: "見知らぬ 人", excerpt: "2015年まで営業部にいました" }]);
    const applicant = await db.membership.findFirstOrThrow({ where: { tenantId: tenant.id, status: "PENDING" } });
    await decideApplicant(hrContext, applicant.id, { approve: true });
    for (const staff of [hr, owner]) {
      expect(await unreadNotifications(tenant.id, staff.membership.id)).toBe(0);
    }
  });
});
