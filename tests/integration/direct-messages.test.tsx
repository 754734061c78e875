import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ThreadMessages } from "@/components/inbox/thread-messages";
import { AuditDetails } from "@/components/members/audit-details";
import { exportMyData } from "@/lib/account/export-data";
import { blockMemberAction, dismissReportAction, reportMessageAction, setDirectMessagesAction, startDirectAction, suspendReportedAction, unblockMemberAction } from "@/lib/actions/direct-messages";
import { replyAction } from "@/lib/actions/inbox";
import { db } from "@/lib/db";
import { listMyBlocks } from "@/lib/inbox/direct";
import { listMyConversations } from "@/lib/inbox/lists";
import { listReports } from "@/lib/inbox/reports";
import { SEND_LIMIT } from "@/lib/inbox/send-limit";
import { openConversation } from "@/lib/inbox/thread";
import { unreadMessagesForMember } from "@/lib/inbox/unread";
import { messagesFor } from "@/lib/i18n/messages";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { caller } from "../support/action-caller";
import { alumnusContext } from "../support/events";
import { createMember, createTenant } from "../support/factories";
import { queuedMessageMails } from "../support/inbox";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => ({
  ...(await import("../support/action-caller")).intlModule,
  getFormatter: async () => (await import("next-intl")).createFormatter({ locale: "ja", timeZone: "Asia/Tokyo" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

beforeEach(() => {
  caller.userId = null;
});

async function twoAlumnae() {
  const tenant = await createTenant();
  const hanako = await alumnusContext(tenant, "佐藤 花子");
  const emily = await alumnusContext(tenant, "Emily Carter");
  return { tenant, hanako, emily };
}

async function start(tenant: string, as: string, profileId: string, body: string) {
  caller.userId = as;
  return startDirectAction(null, { tenant, profileId, body });
}

describe("direct messages between alumni", () => {
  it("starts one thread per pair, lists it beside company conversations with unread counts on the bell, and mails through the notifications, never the inbox", async () => {
    const { tenant, hanako, emily } = await twoAlumnae();
    const first = await start(tenant.slug, hanako.user.id, emily.profile.id, "お久しぶりです！今度ランチしませんか？");
    expect(first).toMatchObject({ ok: true });
    const conversationId = (first as { data: string }).data;
    // Emily answering from Hanako's page lands in the same thread, not a second one.
    expect(await start(tenant.slug, emily.user.id, hanako.profile.id, "ぜひ！")).toEqual({ ok: true, data: conversationId });
    expect(await db.conversation.count({ where: { tenantId: tenant.id, kind: "DIRECT" } })).toBe(1);

    expect(await unreadMessagesForMember(tenant.id, hanako.membership.id)).toBe(1);
    expect(await listMyConversations(hanako.context)).toMatchObject([{ id: conversationId, kind: "DIRECT", peerName: "Emily Carter", unread: 1 }]);
    const seen = await openConversation(hanako.context, "member", conversationId);
    expect(seen?.messages.map((m) => [m.body, m.mine, m.author])).toEqual([["お久しぶりです！今度ランチしませんか？", true, "佐藤 花子"], ["ぜひ！", false, "Emily Carter"]]);
    expect(await unreadMessagesForMember(tenant.id, hanako.membership.id)).toBe(0);

    caller.userId = hanako.user.id;
    expect(await replyAction(null, { tenant: tenant.slug, conversationId, body: "水曜の12時はどうでしょう。" })).toMatchObject({ ok: true });
    expect(await listMyConversations(emily.context)).toMatchObject([{ id: conversationId, peerName: "佐藤 花子", unread: 1 }]);
    // Mail for direct messages is the notifications module's (decisions/024): a DIRECT_MESSAGE line for each of them.
    const mailed = await db.notification.findMany({ where: { id: { in: (await queuedMessageMails(tenant.id)).map((j) => j.notificationId) } }, select: { kind: true, recipientId: true } });
    expect(new Set(mailed.map((n) => n.kind))).toEqual(new Set(["DIRECT_MESSAGE"]));
    expect(new Set(mailed.map((n) => n.recipientId))).toEqual(new Set([emily.membership.id, hanako.membership.id]));
    // Emily's data export has the thread Hanako started.
    expect(JSON.stringify(await exportMyData(emily.user.id))).toContain("水曜の12時はどうでしょう。");
  });

  it("shares the inbox's length limit and send rate", async () => {
    const { tenant, hanako, emily } = await twoAlumnae();
    expect(await start(tenant.slug, hanako.user.id, emily.profile.id, "あ".repeat(5001))).toMatchObject({ ok: false, fieldErrors: { body: "メッセージは5,000文字以内で入力してください。" }, values: { body: "あ".repeat(5001) } });
    for (let i = 0; i < SEND_LIMIT.member; i++) {
      expect(await start(tenant.slug, hanako.user.id, emily.profile.id, `メッセージ ${i}`)).toMatchObject({ ok: true });
    }
    expect(await start(tenant.slug, hanako.user.id, emily.profile.id, "もう一通")).toMatchObject({ ok: false, error: expect.stringContaining(String(SEND_LIMIT.member)), values: { body: "もう一通" } });
  });

  it("lets a block stop the blocked person starting or continuing, without saying why, until the blocker unblocks", async () => {
    const { tenant, hanako, emily } = await twoAlumnae();
    const conversationId = ((await start(tenant.slug, emily.user.id, hanako.profile.id, "こんにちは")) as { data: string }).data;
    caller.userId = hanako.user.id;
    expect(await blockMemberAction(null, { tenant: tenant.slug, membershipId: emily.membership.id })).toMatchObject({ ok: true, message: "ブロックしました。相手はあなたにメッセージを送れません。" });
    expect(await listMyBlocks(hanako.context)).toMatchObject([{ membershipId: emily.membership.id, name: "Emily Carter" }]);

    const refused = { ok: false, error: "この方にはメッセージを送れません。" };
    caller.userId = emily.user.id;
    expect(await replyAction(null, { tenant: tenant.slug, conversationId, body: "無視しないで" })).toMatchObject({ ...refused, values: { body: "無視しないで" } });
    expect(await start(tenant.slug, emily.user.id, hanako.profile.id, "もう一度")).toMatchObject(refused);
    // The blocker cannot write into the block either; she can still read the thread.
    caller.userId = hanako.user.id;
    expect(await replyAction(null, { tenant: tenant.slug, conversationId, body: "…" })).toMatchObject(refused);
    expect((await openConversation(hanako.context, "member", conversationId))?.messages).toHaveLength(1);
    expect(await db.conversationMessage.count({ where: { conversationId } })).toBe(1);

    expect(await unblockMemberAction(null, { tenant: tenant.slug, membershipId: emily.membership.id })).toMatchObject({ ok: true });
    caller.userId = emily.user.id;
    expect(await replyAction(null, { tenant: tenant.slug, conversationId, body: "また話せますね" })).toMatchObject({ ok: true });
  });

  it("refuses new and continued direct messages while the company has them turned off; existing threads stay readable", async () => {
    const { tenant, hanako, emily } = await twoAlumnae();
    const conversationId = ((await start(tenant.slug, hanako.user.id, emily.profile.id, "はじめまして")) as { data: string }).data;
    const admin = await createMember(tenant.id, "ADMIN");
    caller.userId = admin.user.id;
    expect(await setDirectMessagesAction(null, { tenant: tenant.slug })).toMatchObject({ ok: true, message: "卒業生同士のメッセージをオフにしました。" });
    expect(await db.auditEvent.findFirst({ where: { tenantId: tenant.id, action: "settings.directMessages" }, select: { details: true } })).toEqual({ details: { from: "on", to: "off" } });

    const off = { ok: false, error: "このネットワークでは卒業生同士のメッセージがオフになっています。" };
    expect(await start(tenant.slug, emily.user.id, hanako.profile.id, "返事です")).toMatchObject(off);
    caller.userId = emily.user.id;
    expect(await replyAction(null, { tenant: tenant.slug, conversationId, body: "返事です" })).toMatchObject(off);
    expect((await openConversation(emily.context, "member", conversationId))?.messages.map((m) => m.body)).toEqual(["はじめまして"]);

    caller.userId = admin.user.id;
    expect(await setDirectMessagesAction(null, { tenant: tenant.slug, directMessages: "on" })).toMatchObject({ ok: true });
    caller.userId = emily.user.id;
    expect(await replyAction(null, { tenant: tenant.slug, conversationId, body: "返事です" })).toMatchObject({ ok: true });
  });

  it("renders script in a direct message as text", async () => {
    const { tenant, hanako, emily } = await twoAlumnae();
    const conversationId = ((await start(tenant.slug, hanako.user.id, emily.profile.id, '<script>alert("x")</script><img src=x onerror="alert(1)">\n二行目')) as { data: string }).data;
    const opened = await openConversation(emily.context, "member", conversationId);
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="ja" messages={messagesFor("ja")} timeZone="Asia/Tokyo">
        <ThreadMessages messages={opened!.messages} company="テスト株式会社" timeZone="Asia/Tokyo" side="member" reportIn={tenant.slug} />
      </NextIntlClientProvider>,
    );
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;\n二行目");
    // React's own form-replay script aside (the report form), nothing is markup.
    expect(html).not.toMatch(/<img|<script>alert/i);
    expect(html.match(/<script/g)).toHaveLength(1);
    // Emily can report Hanako's message.
    expect(html).toContain("報告");
  });

  it("takes a report to the moderation queue with only that message; staff dismiss or suspend, audited", async () => {
    const { tenant, hanako, emily } = await twoAlumnae();
    const conversationId = ((await start(tenant.slug, emily.user.id, hanako.profile.id, "最初のあいさつ")) as { data: string }).data;
    caller.userId = emily.user.id;
    await replyAction(null, { tenant: tenant.slug, conversationId, body: "しつこい勧誘メッセージ" });
    const [greeting, pitch] = await db.conversationMessage.findMany({ where: { conversationId }, orderBy: { createdAt: "asc" }, select: { id: true } });

    caller.userId = hanako.user.id;
    expect(await reportMessageAction(null, { tenant: tenant.slug, messageId: pitch!.id })).toMatchObject({ ok: false, fieldErrors: { reason: "理由を選んでください。" } });
    expect(await reportMessageAction(null, { tenant: tenant.slug, messageId: pitch!.id, reason: "SPAM", note: "何度も届きます" })).toMatchObject({ ok: true, message: "ご報告ありがとうございます。会社のモデレーターがこのメッセージを確認します。" });
    expect(await reportMessageAction(null, { tenant: tenant.slug, messageId: pitch!.id, reason: "SPAM" })).toMatchObject({ ok: true, message: "このメッセージはすでに報告済みです。" });
    expect(await reportMessageAction(null, { tenant: tenant.slug, messageId: greeting!.id, reason: "OTHER" })).toMatchObject({ ok: true });
    // One's own message cannot be reported.
    caller.userId = emily.user.id;
    expect(await reportMessageAction(null, { tenant: tenant.slug, messageId: pitch!.id, reason: "SPAM" }).catch(() => "404")).toBe("404");

    const hr = await createMember(tenant.id, "HR");
    const hrContext = (await resolveTenantContext(tenant.slug, hr.user.id)) as TenantContext;
    const queue = await listReports(hrContext, "OPEN");
    expect(queue.map((r) => [r.body, r.reason, r.note, r.reporterName, r.reportedName])).toEqual([
      ["しつこい勧誘メッセージ", "SPAM", "何度も届きます", "佐藤 花子", "Emily Carter"],
      ["最初のあいさつ", "OTHER", null, "佐藤 花子", "Emily Carter"],
    ]);
    caller.userId = hr.user.id;
    expect(await dismissReportAction(null, { tenant: tenant.slug, reportId: queue[1]!.id })).toMatchObject({ ok: true, message: "報告を閉じました。" });
    expect(await suspendReportedAction(null, { tenant: tenant.slug, reportId: queue[0]!.id })).toMatchObject({ ok: true });
    expect(await listReports(hrContext, "OPEN")).toEqual([]);
    expect((await listReports(hrContext, "CLOSED")).map((r) => r.status).sort()).toEqual(["DISMISSED", "SUSPENDED"]);

    // Suspended: Emily no longer has this company's portal (every page and action is a 404 for her).
    expect(await db.membership.findUniqueOrThrow({ where: { id: emily.membership.id }, select: { status: true } })).toEqual({ status: "SUSPENDED" });
    expect(await resolveTenantContext(tenant.slug, emily.user.id)).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { tenantId: tenant.id, targetMembershipId: emily.membership.id }, select: { action: true }, orderBy: { createdAt: "asc" } });
    expect(audit.map((e) => e.action).sort()).toEqual(["member.suspend", "report.dismiss", "report.suspend"]);
    // The audit log names the report's reason in words.
    const entry = await db.auditEvent.findFirstOrThrow({ where: { tenantId: tenant.id, action: "report.suspend" }, select: { details: true } });
    expect(renderToStaticMarkup((await AuditDetails({ details: entry.details as Record<string, unknown> }))!)).toContain("スパム・宣伝");
    // Hanako cannot write to a suspended member.
    caller.userId = hanako.user.id;
    expect(await replyAction(null, { tenant: tenant.slug, conversationId, body: "…" })).toMatchObject({ ok: false, error: "この方は現在メッセージを受け取れません。" });
  });
});
