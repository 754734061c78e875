import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as imageRoute } from "@/app/[tenant]/(portal)/feed/[id]/image/route";
import { GET as previewImageRoute } from "@/app/[tenant]/(portal)/feed/[id]/preview-image/route";
import { addCommentAction, createPostAction, deleteCommentAction, deletePostAction, editPostAction, reportAction, setReactionAction } from "@/lib/actions/feed";
import { decideReportAction, saveFeedSettingsAction, setHiddenAction, setPinnedAction } from "@/lib/actions/feed-staff";
import { db } from "@/lib/db";
import { getPost, listFeed, listPostsForStaff } from "@/lib/feed/queries";
import { listOpenReports } from "@/lib/feed/reports";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { caller, outcomeOf } from "../support/action-caller";
import { alumnusContext } from "../support/events";
import { createMember, createTenant } from "../support/factories";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

beforeEach(() => {
  caller.userId = null;
});

async function companyWithPost() {
  const [a, b] = [await createTenant(), await createTenant()];
  const hrA = await createMember(a.id, "HR");
  const fan = await alumnusContext(a, "A社 ファン");
  const post = await db.feedPost.create({ data: { tenantId: a.id, authorId: hrA.membership.id, fromStaff: true, body: "A社のニュース", createdAt: new Date() } });
  await db.feedImage.create({ data: { tenantId: a.id, postId: post.id, image: Buffer.from("RIFF"), width: 1, height: 1, version: "v1" } });
  await db.feedLinkPreview.create({ data: { tenantId: a.id, postId: post.id, url: "https://example.com/", status: "READY", title: "t", image: Buffer.from("RIFF"), imageVersion: "v1" } });
  const comment = await db.feedComment.create({ data: { tenantId: a.id, postId: post.id, authorId: fan.membership.id, body: "おめでとう" } });
  const report = await db.feedReport.create({ data: { tenantId: a.id, postId: post.id, commentId: comment.id, reporterId: fan.membership.id, reason: "テスト" } });
  const { user: ownerOfB } = await createMember(b.id, "OWNER");
  const alumnusOfB = await alumnusContext(b);
  return { a, b, hrA, fan, postId: post.id, commentId: comment.id, reportId: report.id, ownerOfB, alumnusOfB };
}

describe("the feed across tenants", () => {
  it("answers 404 to every feed action on company A's ids from company B's owner, its alumni or a signed-out caller", { timeout: 60_000 }, async () => {
    const { a, b, postId, commentId, reportId, ownerOfB, alumnusOfB } = await companyWithPost();
    for (const who of [null, ownerOfB.id, alumnusOfB.user.id]) {
      caller.userId = who;
      for (const tenant of [a.slug, b.slug]) {
        const calls = [
          () => editPostAction(null, { tenant, postId, body: "乗っ取り" }),
          () => deletePostAction(null, { tenant, postId }),
          () => addCommentAction(null, { tenant, postId, body: "割り込み" }),
          () => deleteCommentAction(null, { tenant, commentId }),
          () => setReactionAction(null, { tenant, postId, kind: "LIKE", on: "on" }),
          () => reportAction(null, { tenant, postId, commentId, reason: "のぞき見" }),
          () => setPinnedAction(null, { tenant, postId, pinned: "on" }),
          () => setHiddenAction(null, { tenant, postId, hidden: "on" }),
          () => decideReportAction(null, { tenant, reportId, decision: "DELETE" }),
        ];
        for (const [i, call] of calls.entries()) {
          expect(`${tenant} ${i}: ${await outcomeOf(call())}`).toBe(`${tenant} ${i}: 404`);
        }
      }
      expect(await outcomeOf(createPostAction(null, { tenant: a.slug, body: "乗っ取り" }))).toBe("404");
      expect(await outcomeOf(saveFeedSettingsAction(null, { tenant: a.slug, alumniMayPost: "on" }))).toBe("404");
    }
    const post = await db.feedPost.findUniqueOrThrow({ where: { id: postId } });
    expect(post).toMatchObject({ body: "A社のニュース", pinnedAt: null, hiddenAt: null });
    expect(await db.feedComment.count({ where: { postId } })).toBe(1);
    expect(await db.feedReaction.count({ where: { postId } })).toBe(0);
    expect(await db.feedReport.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({ status: "OPEN" });
    expect(await db.feedReport.count({ where: { postId } })).toBe(1);
    expect(await db.feedPost.count({ where: { tenantId: b.id } })).toBe(0);
    expect((await db.tenant.findUniqueOrThrow({ where: { id: a.id } })).feedAlumniPosts).toBe(false);
  });

  it("answers 404 on the picture routes to another company's members and signed-out callers", async () => {
    const { a, b, fan, postId, ownerOfB, alumnusOfB } = await companyWithPost();
    const get = (route: typeof imageRoute, who: string | null, tenant: string) => {
      caller.userId = who;
      return route(new Request(`http://localhost/${tenant}/feed/${postId}/image?v=v1`), { params: Promise.resolve({ tenant, id: postId }) });
    };
    for (const who of [null, ownerOfB.id, alumnusOfB.user.id]) {
      for (const tenant of [a.slug, b.slug]) {
        expect((await get(imageRoute, who, tenant)).status).toBe(404);
        expect((await get(previewImageRoute, who, tenant)).status).toBe(404);
      }
    }
    expect((await get(imageRoute, fan.user.id, a.slug)).status).toBe(200);
    expect((await get(previewImageRoute, fan.user.id, a.slug)).status).toBe(200);
  });

  it("finds nothing of another company's feed in any query the pages use", async () => {
    const { b, postId, ownerOfB, alumnusOfB } = await companyWithPost();
    const owner = (await resolveTenantContext(b.slug, ownerOfB.id)) as TenantContext;
    for (const context of [owner, alumnusOfB.context]) {
      expect(await getPost(context, postId)).toBeNull();
      const feed = await listFeed(context);
      expect([...feed.pinned, ...feed.items]).toEqual([]);
    }
    expect((await listPostsForStaff(owner)).items).toEqual([]);
    expect(await listOpenReports(owner)).toEqual([]);
  });
});
