import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as memberUpdates } from "@/app/[tenant]/(portal)/messages/[id]/updates/route";
import { GET as staffUpdates } from "@/app/[tenant]/admin/inbox/[id]/updates/route";
import { replyAction, startConversationAction } from "@/lib/actions/inbox";
import { assignConversationAction, createCannedReplyAction, deleteCannedReplyAction, setConversationStatusAction, staffReplyAction } from "@/lib/actions/inbox-staff";
import { db } from "@/lib/db";
import { createCannedReply } from "@/lib/inbox/canned-replies";
import { sendMessage } from "@/lib/inbox/conversations";
import { listInbox, listMyConversations } from "@/lib/inbox/lists";
import { assignConversation, setConversationStatus } from "@/lib/inbox/manage";
import { messagesSince, openConversation } from "@/lib/inbox/thread";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { caller, outcomeOf } from "../support/action-caller";
import { alumnusContext } from "../support/events";
import { createMember, createTenant } from "../support/factories";
import { askCompany } from "../support/inbox";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

beforeEach(() => {
  caller.userId = null;
});

async function companyWithConversation() {
  const [a, b] = [await createTenant(), await createTenant()];
  const asker = await alumnusContext(a, "A社 質問者");
  const conversationId = await askCompany(asker.context);
  const hrA = await createMember(a.id, "HR");
  const hrContext = (await resolveTenantContext(a.slug, hrA.user.id)) as TenantContext;
  await sendMessage(hrContext, "staff", conversationId, "社内メモ: 総務に確認中", true);
  const cannedReplyId = (await db.cannedReply.create({ data: { tenantId: a.id, title: "お礼", body: "ご連絡ありがとうございます。" } })).id;
  const { user: ownerOfB } = await createMember(b.id, "OWNER");
  const alumnusOfB = await alumnusContext(b);
  const otherAlumnusOfA = await alumnusContext(a, "A社 別の人");
  return { a, b, asker, conversationId, hrA, hrContext, cannedReplyId, ownerOfB, alumnusOfB, otherAlumnusOfA };
}

function poll(route: typeof memberUpdates, as: string | null, tenant: string, id: string) {
  caller.userId = as;
  return route(new Request(`http://localhost/${tenant}/x/${id}/updates?after=1970-01-01T00:00:00.000Z`), { params: Promise.resolve({ tenant, id }) });
}

// Company B's owner and alumni, signed-out callers, and another alumnus of company A, holding A's ids, reach nothing.
describe("conversations across tenants", () => {
  // A minute: 42 action calls, each resolving a session and a tenant, on a busy machine.
  it("answers 404 to every inbox action called by another company's owner, its alumni or a signed-out caller", { timeout: 60_000 }, async () => {
    const { a, b, conversationId, hrA, cannedReplyId, ownerOfB, alumnusOfB } = await companyWithConversation();
    for (const who of [null, ownerOfB.id, alumnusOfB.user.id]) {
      caller.userId = who;
      for (const tenant of [a.slug, b.slug]) {
        const calls = [
          () => replyAction(null, { tenant, conversationId, body: "横から失礼" }),
          () => staffReplyAction(null, { tenant, conversationId, body: "乗っ取り" }),
          () => staffReplyAction(null, { tenant, conversationId, body: "メモ", internal: "true" }),
          () => assignConversationAction(null, { tenant, conversationId, assigneeId: hrA.membership.id }),
          () => setConversationStatusAction(null, { tenant, conversationId, status: "CLOSED" }),
          () => deleteCannedReplyAction(null, { tenant, cannedReplyId }),
        ];
        for (const [i, call] of calls.entries()) {
          expect(`${tenant} ${i}: ${await outcomeOf(call())}`).toBe(`${tenant} ${i}: 404`);
        }
      }
    }
    // Signed out, or a member elsewhere: even the actions that need no id answer 404 under company A's slug.
    for (const who of [null, ownerOfB.id, alumnusOfB.user.id]) {
      caller.userId = who;
      expect(await outcomeOf(startConversationAction(null, { tenant: a.slug, topic: "QUESTION", subject: "件名", body: "本文" }))).toBe("404");
      expect(await outcomeOf(createCannedReplyAction(null, { tenant: a.slug, title: "t", body: "b" }))).toBe("404");
    }
    expect(await db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).toMatchObject({ status: "OPEN", assigneeId: null });
    expect(await db.conversationMessage.count({ where: { conversationId } })).toBe(2);
    expect(await db.cannedReply.count({ where: { tenantId: a.id } })).toBe(1);
    expect(await db.conversation.count({ where: { tenantId: b.id } })).toBe(0);
  });

  it("answers 404 on both polling routes to another company's members, another alumnus and signed-out callers", async () => {
    const { a, b, asker, conversationId, hrA, ownerOfB, alumnusOfB, otherAlumnusOfA } = await companyWithConversation();
    for (const who of [null, ownerOfB.id, alumnusOfB.user.id, otherAlumnusOfA.user.id]) {
      for (const tenant of [a.slug, b.slug]) {
        expect((await poll(memberUpdates, who, tenant, conversationId)).status).toBe(404);
        expect((await poll(staffUpdates, who, tenant, conversationId)).status).toBe(404);
      }
    }
    // Staff read the staff route, not the alumnus's; the alumnus reads their own route only, and never the note.
    expect((await poll(memberUpdates, hrA.user.id, a.slug, conversationId)).status).toBe(404);
    expect((await poll(staffUpdates, asker.user.id, a.slug, conversationId)).status).toBe(404);
    const staffView = (await (await poll(staffUpdates, hrA.user.id, a.slug, conversationId)).json()) as { messages: { body: string }[] };
    expect(staffView.messages.map((m) => m.body)).toContain("社内メモ: 総務に確認中");
    const memberView = (await (await poll(memberUpdates, asker.user.id, a.slug, conversationId)).json()) as { messages: { body: string }[] };
    expect(memberView.messages.map((m) => m.body)).toEqual(["在籍証明書の再発行をお願いできますか。"]);
  });

  it("gives another alumnus of the same company 404 on someone's conversation, and no inbox at all", async () => {
    const { a, conversationId, otherAlumnusOfA, cannedReplyId } = await companyWithConversation();
    caller.userId = otherAlumnusOfA.user.id;
    const tenant = a.slug;
    for (const call of [
      () => replyAction(null, { tenant, conversationId, body: "のぞき見" }),
      () => staffReplyAction(null, { tenant, conversationId, body: "なりすまし" }),
      () => assignConversationAction(null, { tenant, conversationId, assigneeId: "" }),
      () => setConversationStatusAction(null, { tenant, conversationId, status: "CLOSED" }),
      () => createCannedReplyAction(null, { tenant, title: "t", body: "b" }),
      () => deleteCannedReplyAction(null, { tenant, cannedReplyId }),
    ]) {
      expect(await outcomeOf(call())).toBe("404");
    }
    const other = otherAlumnusOfA.context;
    expect(await openConversation(other, "member", conversationId)).toBeNull();
    expect(await openConversation(other, "staff", conversationId)).toBeNull();
    expect(await listMyConversations(other)).toEqual([]);
    expect(await listInbox(other, { status: "ALL", assignee: "all", topic: "ALL" })).toEqual([]);
    expect(await db.conversationMessage.count({ where: { conversationId } })).toBe(2);
    expect(await db.conversationParticipant.count({ where: { conversationId, membershipId: other.membership.id } })).toBe(0);
  });

  it("finds nothing of another company's conversations in any query the pages use", async () => {
    const { b, conversationId, ownerOfB, alumnusOfB } = await companyWithConversation();
    const owner = (await resolveTenantContext(b.slug, ownerOfB.id)) as TenantContext;
    for (const context of [owner, alumnusOfB.context]) {
      for (const side of ["member", "staff"] as const) {
        expect(await openConversation(context, side, conversationId)).toBeNull();
        expect(await messagesSince(context, side, conversationId, { at: new Date(0), id: "" })).toBeNull();
        expect(await sendMessage(context, side, conversationId, "x", false)).toBeNull();
      }
      expect(await listMyConversations(context)).toEqual([]);
    }
    expect(await listInbox(owner, { status: "ALL", assignee: "all", topic: "ALL" })).toEqual([]);
    expect(await assignConversation(owner, conversationId, null)).toBeNull();
    expect(await setConversationStatus(owner, conversationId, "CLOSED")).toBeNull();
    await createCannedReply(owner, { title: "B社の定型文", body: "…" });
    expect(await db.cannedReply.count({ where: { tenantId: b.id } })).toBe(1);
  });

  it("lets the company's own staff and the alumnus act on the same ids", async () => {
    const { a, asker, conversationId, hrA } = await companyWithConversation();
    caller.userId = hrA.user.id;
    expect(await outcomeOf(assignConversationAction(null, { tenant: a.slug, conversationId, assigneeId: hrA.membership.id }))).toBe("ran");
    expect(await outcomeOf(staffReplyAction(null, { tenant: a.slug, conversationId, body: "再発行しました。" }))).toBe("ran");
    caller.userId = asker.user.id;
    expect(await outcomeOf(replyAction(null, { tenant: a.slug, conversationId, body: "ありがとうございます！" }))).toBe("ran");
    expect(await db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).toMatchObject({ status: "OPEN", assigneeId: hrA.membership.id });
  });
});
