import { beforeEach, describe, expect, it, vi } from "vitest";
import StaffConversationPage from "@/app/[tenant]/admin/inbox/[id]/page";
import ModerationPage from "@/app/[tenant]/admin/moderation/page";
import SettingsPage from "@/app/[tenant]/admin/settings/page";
import ConversationPage from "@/app/[tenant]/(portal)/messages/[id]/page";
import NewDirectPage from "@/app/[tenant]/(portal)/messages/to/[profileId]/page";
import { GET as memberUpdates } from "@/app/[tenant]/(portal)/messages/[id]/updates/route";
import { GET as staffUpdates } from "@/app/[tenant]/admin/inbox/[id]/updates/route";
import { blockMemberAction, dismissReportAction, reportMessageAction, setDirectMessagesAction, startDirectAction, suspendReportedAction, unblockMemberAction } from "@/lib/actions/direct-messages";
import { replyAction } from "@/lib/actions/inbox";
import { assignConversationAction, setConversationStatusAction, staffReplyAction } from "@/lib/actions/inbox-staff";
import { db } from "@/lib/db";
import { sendMessage } from "@/lib/inbox/conversations";
import { writeDirect } from "@/lib/inbox/direct";
import { listInbox, listMyConversations } from "@/lib/inbox/lists";
import { listReports } from "@/lib/inbox/reports";
import { messagesSince, openConversation } from "@/lib/inbox/thread";
import { unreadConversationsForStaff } from "@/lib/inbox/unread";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { caller, outcomeOf } from "../support/action-caller";
import { alumnusContext } from "../support/events";
import { createMember, createTenant } from "../support/factories";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => ({
  ...(await import("../support/action-caller")).intlModule,
  getFormatter: async () => (await import("next-intl")).createFormatter({ locale: "ja", timeZone: "Asia/Tokyo" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/activity/record", () => ({ recordActivity: () => undefined }));

beforeEach(() => {
  caller.userId = null;
});

// Company A: two alumnae writing to each other, a report of one message; its staff, a third alumnus; company B.
async function directThread() {
  const [a, b] = [await createTenant(), await createTenant()];
  const hanako = await alumnusContext(a, "佐藤 花子");
  const emily = await alumnusContext(a, "Emily Carter");
  const written = await writeDirect(hanako.context, emily.membership.id, "来週ランチしませんか？");
  if (!written.ok) {
    throw new Error("not written");
  }
  const conversationId = written.conversationId;
  const reply = await sendMessage(emily.context, "member", conversationId, "ぜひ！水曜はどうですか。", false);
  const messageId = reply && reply.ok ? reply.id : "";
  const [adminA, hrA] = [await createMember(a.id, "ADMIN"), await createMember(a.id, "HR")];
  const third = await alumnusContext(a, "第三者 太郎");
  const { user: ownerOfB } = await createMember(b.id, "OWNER");
  const alumnusOfB = await alumnusContext(b, "B社 卒業生");
  return { a, b, hanako, emily, conversationId, messageId, adminA, hrA, third, ownerOfB, alumnusOfB };
}

const pageParams = (tenant: string, id: string) => ({ params: Promise.resolve({ tenant, id }), searchParams: Promise.resolve({}) });

function poll(route: typeof memberUpdates, as: string | null, tenant: string, id: string) {
  caller.userId = as;
  return route(new Request(`http://localhost/${tenant}/x/${id}/updates?after=1970-01-01T00:00:00.000Z`), { params: Promise.resolve({ tenant, id }) });
}

describe("direct messages are the two alumni's alone", () => {
  it("answers 404 to the company's own admin and HR on every page, route and action naming a direct conversation", { timeout: 60_000 }, async () => {
    const { a, conversationId, messageId, adminA, hrA } = await directThread();
    for (const staff of [adminA, hrA]) {
      caller.userId = staff.user.id;
      expect(await outcomeOf(StaffConversationPage(pageParams(a.slug, conversationId)))).toBe("404");
      expect(await outcomeOf(ConversationPage(pageParams(a.slug, conversationId)))).toBe("404");
      expect((await poll(staffUpdates, staff.user.id, a.slug, conversationId)).status).toBe(404);
      expect((await poll(memberUpdates, staff.user.id, a.slug, conversationId)).status).toBe(404);
      caller.userId = staff.user.id;
      for (const call of [
        () => staffReplyAction(null, { tenant: a.slug, conversationId, body: "運営です" }),
        () => staffReplyAction(null, { tenant: a.slug, conversationId, body: "メモ", internal: "true" }),
        () => replyAction(null, { tenant: a.slug, conversationId, body: "運営です" }),
        () => assignConversationAction(null, { tenant: a.slug, conversationId, assigneeId: staff.membership.id }),
        () => setConversationStatusAction(null, { tenant: a.slug, conversationId, status: "CLOSED" }),
        () => reportMessageAction(null, { tenant: a.slug, messageId, reason: "SPAM" }),
      ]) {
        expect(await outcomeOf(call())).toBe("404");
      }
      // Nor does any query the staff pages use find it.
      const context = (await resolveTenantContext(a.slug, staff.user.id)) as TenantContext;
      expect(await openConversation(context, "staff", conversationId)).toBeNull();
      expect(await messagesSince(context, "staff", conversationId, { at: new Date(0), id: "" })).toBeNull();
      expect(await listInbox(context, { status: "ALL", assignee: "all", topic: "ALL" })).toEqual([]);
      expect(await unreadConversationsForStaff(a.id, staff.membership.id)).toBe(0);
    }
    expect(await db.conversationMessage.count({ where: { conversationId } })).toBe(2);
    expect(await db.conversationParticipant.count({ where: { conversationId } })).toBe(2);
  });

  it("answers 404 to a third alumnus of the same company and to another company's members on every id", { timeout: 60_000 }, async () => {
    const { a, b, hanako, emily, conversationId, messageId, third, ownerOfB, alumnusOfB } = await directThread();
    const report = await db.messageReport.create({
      data: { tenantId: a.id, conversationId, messageId, reporterId: hanako.membership.id, reportedId: emily.membership.id, reason: "SPAM", body: "ぜひ！水曜はどうですか。", messageAt: new Date() },
    });
    for (const who of [null, third.user.id, ownerOfB.id, alumnusOfB.user.id]) {
      for (const tenant of [a.slug, b.slug]) {
        caller.userId = who;
        // Pages send a signed-out visitor to sign-in instead (tests/integration/tenant-context.test.ts).
        if (who) {
          expect(await outcomeOf(ConversationPage(pageParams(tenant, conversationId)))).toBe("404");
          expect(await outcomeOf(NewDirectPage({ params: Promise.resolve({ tenant, profileId: emily.profile.id }) }))).toBe(tenant === a.slug && who === third.user.id ? "ran" : "404");
        }
        expect((await poll(memberUpdates, who, tenant, conversationId)).status).toBe(404);
        caller.userId = who;
        for (const call of [
          () => replyAction(null, { tenant, conversationId, body: "のぞき見" }),
          () => reportMessageAction(null, { tenant, messageId, reason: "SPAM" }),
          () => dismissReportAction(null, { tenant, reportId: report.id }),
          () => suspendReportedAction(null, { tenant, reportId: report.id }),
        ]) {
          expect(await outcomeOf(call())).toBe("404");
        }
        if (tenant === b.slug || who !== third.user.id) {
          for (const call of [
            () => startDirectAction(null, { tenant, profileId: emily.profile.id, body: "はじめまして" }),
            () => blockMemberAction(null, { tenant, membershipId: emily.membership.id }),
            () => unblockMemberAction(null, { tenant, membershipId: emily.membership.id }),
          ]) {
            expect(await outcomeOf(call())).toBe("404");
          }
        }
      }
    }
    // Company B's owner has moderation and settings pages of their own, which know nothing of A's report; A's
    // third alumnus has none.
    caller.userId = third.user.id;
    expect(await outcomeOf(ModerationPage({ params: Promise.resolve({ tenant: a.slug }), searchParams: Promise.resolve({}) }))).toBe("404");
    expect(await outcomeOf(SettingsPage({ params: Promise.resolve({ tenant: a.slug }) }))).toBe("404");
    caller.userId = ownerOfB.id;
    expect(await outcomeOf(ModerationPage({ params: Promise.resolve({ tenant: a.slug }), searchParams: Promise.resolve({}) }))).toBe("404");
    expect(await outcomeOf(ModerationPage({ params: Promise.resolve({ tenant: b.slug }), searchParams: Promise.resolve({}) }))).toBe("ran");
    expect(await outcomeOf(SettingsPage({ params: Promise.resolve({ tenant: b.slug }) }))).toBe("ran");
    expect(await outcomeOf(setDirectMessagesAction(null, { tenant: b.slug }))).toBe("ran");
    expect(await outcomeOf(setDirectMessagesAction(null, { tenant: a.slug }))).toBe("404");
    const ownerB = (await resolveTenantContext(b.slug, ownerOfB.id)) as TenantContext;
    expect(await listReports(ownerB, "OPEN")).toEqual([]);
    expect(await db.tenant.findUniqueOrThrow({ where: { id: a.id }, select: { directMessages: true } })).toEqual({ directMessages: true });
    expect(await listMyConversations(third.context)).toEqual([]);
    expect(await openConversation(third.context, "member", conversationId)).toBeNull();
    expect(await db.messageReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "OPEN" });
    expect(await db.membership.findUniqueOrThrow({ where: { id: emily.membership.id } })).toMatchObject({ status: "ACTIVE" });
    expect(await db.conversationMessage.count({ where: { conversationId } })).toBe(2);
    expect(await db.directBlock.count({ where: { tenantId: a.id } })).toBe(0);
  });

  it("keeps staff out of direct messages from the alumnus side too: an admin cannot start one", async () => {
    const { a, emily, adminA } = await directThread();
    caller.userId = adminA.user.id;
    expect(await outcomeOf(startDirectAction(null, { tenant: a.slug, profileId: emily.profile.id, body: "運営です" }))).toBe("404");
    expect(await outcomeOf(NewDirectPage({ params: Promise.resolve({ tenant: a.slug, profileId: emily.profile.id }) }))).toBe("404");
  });
});
