import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addComment } from "@/lib/feed/comments";
import { sendMessage } from "@/lib/inbox/conversations";
import { writeDirect } from "@/lib/inbox/direct";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { createAlumnus, createMember, createTenant } from "../support/factories";

// Direct messages and the feed tell people through the notifications module (decisions/022–024): these are the
// wires between them, each seen where the person would see it — on their bell.

async function contextOf(slug: string, userId: string) {
  return (await resolveTenantContext(slug, userId)) as TenantContext;
}

const bellOf = (tenantId: string, recipientId: string) =>
  db.notification.findMany({ where: { tenantId, recipientId, readAt: null }, orderBy: { createdAt: "asc" }, select: { kind: true, actorId: true, count: true, path: true, excerpt: true } });

describe("what notifies whom", () => {
  it("a direct message rings the other alumnus's bell, once per thread until read, and never the writer's", async () => {
    const tenant = await createTenant();
    const [hanako, emily] = [await createAlumnus(tenant.id, { displayName: "佐藤 花子" }), await createAlumnus(tenant.id, { displayName: "Emily Carter" })];
    const written = await writeDirect(await contextOf(tenant.slug, hanako.user.id), emily.membership.id, "お久しぶりです");
    expect(written.ok).toBe(true);
    const threadId = (await db.conversation.findFirstOrThrow({ where: { tenantId: tenant.id, kind: "DIRECT" }, select: { id: true } })).id;
    await sendMessage(await contextOf(tenant.slug, hanako.user.id), "member", threadId, "来週お茶しませんか", false);
    expect(await bellOf(tenant.id, emily.membership.id)).toEqual([
      { kind: "DIRECT_MESSAGE", actorId: hanako.membership.id, count: 2, path: `/${tenant.slug}/messages/${threadId}`, excerpt: "来週お茶しませんか" },
    ]);
    expect(await bellOf(tenant.id, hanako.membership.id)).toEqual([]);
    await sendMessage(await contextOf(tenant.slug, emily.user.id), "member", threadId, "ぜひ!", false);
    expect((await bellOf(tenant.id, hanako.membership.id)).map((n) => n.kind)).toEqual(["DIRECT_MESSAGE"]);
  });

  it("a comment tells the post's author, and a mention tells the one named", async () => {
    const tenant = await createTenant();
    const { user: hrUser, membership: hr } = await createMember(tenant.id, "HR");
    const [hanako, emily] = [await createAlumnus(tenant.id, { displayName: "佐藤 花子" }), await createAlumnus(tenant.id, { displayName: "Emily Carter" })];
    const post = await db.feedPost.create({ data: { tenantId: tenant.id, authorId: hr.id, fromStaff: true, body: "交流会のお知らせ", createdAt: new Date() }, select: { id: true } });
    expect((await addComment(await contextOf(tenant.slug, hanako.user.id), post.id, "参加します! @Emily Carter さんもどうですか"))?.ok).toBe(true);
    expect(await bellOf(tenant.id, hr.id)).toMatchObject([{ kind: "COMMENT", actorId: hanako.membership.id, path: `/${tenant.slug}/feed#post-${post.id}` }]);
    expect(await bellOf(tenant.id, emily.membership.id)).toMatchObject([{ kind: "MENTION", actorId: hanako.membership.id }]);
    // The author commenting on their own post rings nobody.
    await addComment(await contextOf(tenant.slug, hrUser.id), post.id, "ありがとうございます");
    expect(await bellOf(tenant.id, hr.id)).toHaveLength(1);
  });
});
