import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ThreadMessages } from "@/components/inbox/thread-messages";
import { exportMyData } from "@/lib/account/export-data";
import { replyAction, startConversationAction } from "@/lib/actions/inbox";
import { assignConversationAction, staffReplyAction } from "@/lib/actions/inbox-staff";
import { db } from "@/lib/db";
import { listInbox, listMyConversations } from "@/lib/inbox/lists";
import { SEND_LIMIT } from "@/lib/inbox/send-limit";
import { openConversation } from "@/lib/inbox/thread";
import { unreadConversationsForStaff, unreadMessagesForMember } from "@/lib/inbox/unread";
import { messagesFor } from "@/lib/i18n/messages";
import { sendNotificationEmail as sendMessageEmail } from "@/lib/notifications/email";
import { unreadNotifications } from "@/lib/notifications/read";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { caller } from "../support/action-caller";
import { alumnusContext } from "../support/events";
import { createMember, createTenant } from "../support/factories";
import { askCompany, queuedMessageMails } from "../support/inbox";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

beforeEach(() => {
  caller.userId = null;
});

async function companyInbox() {
  const tenant = await createTenant();
  const alumna = await alumnusContext(tenant, "佐藤 花子");
  const hr = await createMember(tenant.id, "HR");
  const hrContext = (await resolveTenantContext(tenant.slug, hr.user.id)) as TenantContext;
  return { tenant, alumna, hr, hrContext };
}

describe("the company inbox", () => {
  it("lets an alumna ask, HR assign, note and reply: she sees the reply (unread, on her bell), never the note", { timeout: 60_000 }, async () => {
    const { tenant, alumna, hr, hrContext } = await companyInbox();
    caller.userId = alumna.user.id;
    const started = await startConversationAction(null, { tenant: tenant.slug, topic: "CASUAL_CHAT", subject: "カジュアル面談のお願い", body: "一度お話を伺えますか。" });
    expect(started).toMatchObject({ ok: true });
    const conversationId = (started as { data: string }).data;
    // Unassigned and unread: on every staff member's bell.
    expect(await unreadConversationsForStaff(tenant.id, hr.membership.id)).toBe(1);

    caller.userId = hr.user.id;
    expect(await assignConversationAction(null, { tenant: tenant.slug, conversationId, assigneeId: alumna.membership.id })).toMatchObject({ ok: false, fieldErrors: { assigneeId: "この会社の運営メンバーを選んでください。" } });
    expect(await assignConversationAction(null, { tenant: tenant.slug, conversationId, assigneeId: hr.membership.id })).toMatchObject({ ok: true });
    const before = await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { status: true, lastMessageAt: true } });
    expect(await staffReplyAction(null, { tenant: tenant.slug, conversationId, body: "部長の予定を確認中", internal: "true" })).toMatchObject({ ok: true, message: "内部メモを保存しました。本人には見えません。" });
    // The note changes nothing she could notice: not the status, not the time her list shows.
    expect(await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { status: true, lastMessageAt: true } })).toEqual(before);
    expect(await staffReplyAction(null, { tenant: tenant.slug, conversationId, body: "ぜひ！来週火曜はいかがですか。" })).toMatchObject({ ok: true });

    expect(await unreadMessagesForMember(tenant.id, alumna.membership.id)).toBe(1);
    expect(await listMyConversations(alumna.context)).toMatchObject([{ id: conversationId, status: "WAITING", unread: 1 }]);
    const seen = await openConversation(alumna.context, "member", conversationId);
    expect(seen?.messages.map((m) => m.body)).toEqual(["一度お話を伺えますか。", "ぜひ！来週火曜はいかがですか。"]);
    expect(await unreadMessagesForMember(tenant.id, alumna.membership.id)).toBe(0);

    const staffSees = await openConversation(hrContext, "staff", conversationId);
    expect(staffSees?.messages.map((m) => [m.body, m.internal])).toEqual([["一度お話を伺えますか。", false], ["部長の予定を確認中", true], ["ぜひ！来週火曜はいかがですか。", false]]);
    expect(await unreadConversationsForStaff(tenant.id, hr.membership.id)).toBe(0);

    // Her answer reopens it and lands on the assignee's bell.
    caller.userId = alumna.user.id;
    expect(await replyAction(null, { tenant: tenant.slug, conversationId, body: "火曜でお願いします。", internal: "true" })).toMatchObject({ ok: true });
    expect(await db.conversationMessage.count({ where: { conversationId, internal: true } })).toBe(1);
    expect(await listInbox(hrContext, { status: "OPEN", assignee: "me", topic: "CASUAL_CHAT" })).toMatchObject([{ id: conversationId, unread: 1, assigneeName: expect.any(String) }]);
    expect(await unreadConversationsForStaff(tenant.id, hr.membership.id)).toBe(1);

    // Her data export has the conversation as she sees it: the note is the company's, not hers.
    const exported = JSON.stringify(await exportMyData(alumna.user.id));
    expect(exported).toContain("ぜひ！来週火曜はいかがですか。");
    expect(exported).not.toContain("部長の予定を確認中");
  });

  it("mails the alumna the reply and the assignee her message, never a note, and respects turning message mail off", async () => {
    const { tenant, alumna, hr, hrContext } = await companyInbox();
    const conversationId = await askCompany(alumna.context);
    caller.userId = hr.user.id;
    await assignConversationAction(null, { tenant: tenant.slug, conversationId, assigneeId: hr.membership.id });
    await staffReplyAction(null, { tenant: tenant.slug, conversationId, body: "社内メモ", internal: "true" });
    await staffReplyAction(null, { tenant: tenant.slug, conversationId, body: "本日郵送しました。" });
    const jobs = await queuedMessageMails(tenant.id);
    // The reply only: the first message went to nobody (nobody was assigned; the shared inbox shows it) and the
    // note queued nothing.
    expect(jobs).toHaveLength(1);
    for (const job of jobs) {
      await sendMessageEmail(job);
    }
    const toAlumna = await db.outboxEmail.findMany({ where: { to: alumna.user.email.toLowerCase() } });
    expect(toAlumna).toHaveLength(1);
    expect(toAlumna[0]!.subject).toContain("証明書について");
    expect(toAlumna[0]!.text).toContain("本日郵送しました。");
    expect(toAlumna[0]!.text).not.toContain("社内メモ");
    expect(toAlumna[0]!.text).toContain(`/${tenant.slug}/messages/${conversationId}`);

    // Her next message goes to the assignee, in the inbox's link.
    caller.userId = alumna.user.id;
    await replyAction(null, { tenant: tenant.slug, conversationId, body: "届きました。" });
    await sendMessageEmail((await queuedMessageMails(tenant.id)).at(-1)!);
    const toHr = await db.outboxEmail.findFirstOrThrow({ where: { to: hr.user.email.toLowerCase() } });
    expect(toHr.text).toContain(`/${tenant.slug}/admin/inbox/${conversationId}`);

    // With message mail off, the reply is in the portal (and on her bell) only: no mail is even queued, and the
    // earlier job, run again, sends nothing.
    await db.emailPreference.create({ data: { tenantId: tenant.id, membershipId: alumna.membership.id, category: "messages", enabled: false } });
    caller.userId = hr.user.id;
    const queued = (await queuedMessageMails(tenant.id)).length;
    await staffReplyAction(null, { tenant: tenant.slug, conversationId, body: "どういたしまして。" });
    expect(await queuedMessageMails(tenant.id)).toHaveLength(queued);
    expect(await sendMessageEmail(jobs[0]!)).toBe(false);
    expect(await db.outboxEmail.count({ where: { to: alumna.user.email.toLowerCase() } })).toBe(1);
    expect(await unreadNotifications(tenant.id, alumna.membership.id)).toBe(1);
    expect(hrContext.permissions.has("inbox.manage")).toBe(true);
  });

  it("refuses a message over 5,000 characters and a member sending faster than the limit, with messages beside the form", { timeout: 60_000 }, async () => {
    const { tenant, alumna } = await companyInbox();
    caller.userId = alumna.user.id;
    const tooLong = await startConversationAction(null, { tenant: tenant.slug, topic: "QUESTION", subject: "長文", body: "あ".repeat(5001) });
    expect(tooLong).toMatchObject({ ok: false, fieldErrors: { body: "メッセージは5,000文字以内で入力してください。" } });
    expect(await startConversationAction(null, { tenant: tenant.slug, subject: "用件なし", body: "本文" })).toMatchObject({ ok: false, fieldErrors: { topic: "用件を選んでください。" } });

    const conversationId = await askCompany(alumna.context);
    for (let i = 1; i < SEND_LIMIT.member; i++) {
      expect(await replyAction(null, { tenant: tenant.slug, conversationId, body: `追伸 ${i}` })).toMatchObject({ ok: true });
    }
    expect(await replyAction(null, { tenant: tenant.slug, conversationId, body: "もう一通" })).toEqual({ ok: false, error: "送信が多すぎます。10分間に送れるのは20件までです。少し時間をおいてからお送りください。", values: { body: "もう一通" } });
    expect(await startConversationAction(null, { tenant: tenant.slug, topic: "QUESTION", subject: "別件", body: "本文" })).toMatchObject({ ok: false, error: expect.stringContaining("20件") });
    expect(await db.conversationMessage.count({ where: { tenantId: tenant.id } })).toBe(SEND_LIMIT.member);
    // Messages older than the window no longer count.
    await db.conversationMessage.updateMany({ where: { tenantId: tenant.id }, data: { createdAt: new Date(Date.now() - 11 * 60_000) } });
    expect(await replyAction(null, { tenant: tenant.slug, conversationId, body: "もう一通" })).toMatchObject({ ok: true });
  });

  it("keeps script in a message as the text that was typed and renders it inert", async () => {
    const { alumna, hrContext } = await companyInbox();
    const attack = `<script>alert("x")</script><img src=x onerror="alert(1)">\n二行目`;
    const conversationId = await askCompany(alumna.context, attack, "<b>件名</b>");
    const opened = await openConversation(hrContext, "staff", conversationId);
    expect(opened?.conversation.subject).toBe("<b>件名</b>");
    expect(opened?.messages[0]!.body).toBe(attack);
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="ja" messages={messagesFor("ja")} timeZone="Asia/Tokyo">
        <ThreadMessages messages={opened!.messages} company="テスト株式会社" timeZone="Asia/Tokyo" side="staff" />
      </NextIntlClientProvider>,
    );
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;\n二行目");
    expect(html).not.toMatch(/<script|<img/i);
  });
});
