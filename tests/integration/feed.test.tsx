import { createFormatter, NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { FeedPost } from "@/components/feed/feed-post";
import { exportMyData } from "@/lib/account/export-data";
import { addCommentAction, createPostAction, reportAction, setReactionAction } from "@/lib/actions/feed";
import { decideReportAction, saveFeedSettingsAction } from "@/lib/actions/feed-staff";
import { db } from "@/lib/db";
import { getPost, latestPostExcerpts, listFeed } from "@/lib/feed/queries";
import { listOpenReports } from "@/lib/feed/reports";
import { messagesFor } from "@/lib/i18n/messages";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { createBroadcast } from "../support/broadcasts";
import { caller, outcomeOf } from "../support/action-caller";
import { alumnusContext } from "../support/events";
import { createMember, createTenant } from "../support/factories";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => ({
  ...(await import("../support/action-caller")).intlModule,
  getFormatter: async () => createFormatter({ locale: "ja", timeZone: "Asia/Tokyo" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

beforeEach(() => {
  caller.userId = null;
});

async function company() {
  const tenant = await createTenant();
  const admin = await createMember(tenant.id, "ADMIN");
  const adminContext = (await resolveTenantContext(tenant.slug, admin.user.id)) as TenantContext;
  const hanako = await alumnusContext(tenant, "山田 花子");
  const emily = await alumnusContext(tenant, "Emily Carter");
  return { tenant, admin, adminContext, hanako, emily };
}

async function post(as: string, tenant: string, body: string) {
  caller.userId = as;
  const result = await createPostAction(null, { tenant, body });
  if (!result.ok) {
    throw new Error(JSON.stringify(result));
  }
  return result.data as string;
}

const bodies = (feed: Awaited<ReturnType<typeof listFeed>>) => [...feed.pinned, ...feed.items].map((i) => (i.kind === "post" ? i.body : `announcement:${i.subjectJa}`));

describe("the company feed", () => {
  it("lets staff post and alumni react and comment; alumni may not post until the company allows it", async () => {
    const { tenant, admin, hanako } = await company();
    const postId = await post(admin.user.id, tenant.slug, "**新オフィス**を開設しました");
    caller.userId = hanako.user.id;
    const refused = await createPostAction(null, { tenant: tenant.slug, body: "私も投稿したい" });
    expect(refused).toMatchObject({ ok: false, error: "このネットワークではアルムナイの投稿は受け付けていません。", values: { body: "私も投稿したい" } });
    expect(await db.feedPost.count({ where: { tenantId: tenant.id } })).toBe(1);

    expect(await addCommentAction(null, { tenant: tenant.slug, postId, body: "おめでとうございます！" })).toMatchObject({ ok: true });
    const seen = await getPost(hanako.context, postId);
    expect(seen).toMatchObject({ fromStaff: true, commentCount: 1, comments: [{ body: "おめでとうございます！", author: "山田 花子", mine: true }] });
    // What she wrote is hers: it is in her data export.
    const exported = await exportMyData(hanako.user.id);
    expect(exported.account.memberships[0]).toMatchObject({ feedComments: [{ body: "おめでとうございます！" }] });

    caller.userId = admin.user.id;
    expect(await saveFeedSettingsAction(null, { tenant: tenant.slug, alumniMayPost: "on" })).toMatchObject({ ok: true });
    caller.userId = hanako.user.id;
    expect(await createPostAction(null, { tenant: tenant.slug, body: "私も投稿したい" })).toMatchObject({ ok: true });
    expect(await db.feedPost.findFirst({ where: { tenantId: tenant.id, authorId: hanako.membership.id } })).toMatchObject({ fromStaff: false });
    expect(await db.auditEvent.count({ where: { tenantId: tenant.id, action: "feed.allowAlumniPosts" } })).toBe(1);
  });

  it("refuses an empty post, a post over 10,000 characters and a comment over 2,000, keeping what was typed", async () => {
    const { tenant, admin } = await company();
    caller.userId = admin.user.id;
    expect(await createPostAction(null, { tenant: tenant.slug, body: "   " })).toMatchObject({ ok: false, fieldErrors: { body: "内容を入力してください。" } });
    const long = "あ".repeat(10_001);
    expect(await createPostAction(null, { tenant: tenant.slug, body: long })).toMatchObject({ ok: false, fieldErrors: { body: "投稿は 10,000 文字までです。" }, values: { body: long } });
    const postId = await post(admin.user.id, tenant.slug, "お知らせ");
    expect(await addCommentAction(null, { tenant: tenant.slug, postId, body: "い".repeat(2001) })).toMatchObject({ ok: false, fieldErrors: { body: "コメントは 2,000 文字までです。" } });
  });

  it("keeps one reaction per member, post and kind however often it is set, and removes it the same way", async () => {
    const { tenant, admin, hanako, emily } = await company();
    const postId = await post(admin.user.id, tenant.slug, "採用情報");
    caller.userId = hanako.user.id;
    for (let i = 0; i < 3; i++) {
      expect(await setReactionAction(null, { tenant: tenant.slug, postId, kind: "LIKE", on: "on" })).toMatchObject({ ok: true });
    }
    await setReactionAction(null, { tenant: tenant.slug, postId, kind: "CELEBRATE", on: "on" });
    caller.userId = emily.user.id;
    await setReactionAction(null, { tenant: tenant.slug, postId, kind: "LIKE", on: "on" });
    const counts = (await getPost(hanako.context, postId))!.reactions;
    expect(counts.find((r) => r.kind === "LIKE")).toEqual({ kind: "LIKE", count: 2, mine: true });
    expect(counts.find((r) => r.kind === "CELEBRATE")).toEqual({ kind: "CELEBRATE", count: 1, mine: true });
    caller.userId = hanako.user.id;
    for (let i = 0; i < 2; i++) {
      await setReactionAction(null, { tenant: tenant.slug, postId, kind: "LIKE", on: "" });
    }
    expect((await getPost(hanako.context, postId))!.reactions.find((r) => r.kind === "LIKE")).toEqual({ kind: "LIKE", count: 1, mine: false });
  });

  it("hides a reported post from other alumni but not from its author, who sees the moderators' note", async () => {
    const { tenant, admin, adminContext, hanako, emily } = await company();
    await db.tenant.update({ where: { id: tenant.id }, data: { feedAlumniPosts: true } });
    const postId = await post(hanako.user.id, tenant.slug, "副業の勧誘です");
    caller.userId = emily.user.id;
    expect(await reportAction(null, { tenant: tenant.slug, postId, reason: "勧誘" })).toMatchObject({ ok: true });
    const [queued] = await listOpenReports(adminContext);
    expect(queued).toMatchObject({ reason: "勧誘", author: "山田 花子", reporter: "Emily Carter", text: "副業の勧誘です", commentId: null });

    caller.userId = admin.user.id;
    expect(await decideReportAction(null, { tenant: tenant.slug, reportId: queued!.id, decision: "HIDE" })).toMatchObject({ ok: true });
    expect(await listOpenReports(adminContext)).toEqual([]);
    expect(bodies(await listFeed(emily.context))).toEqual([]);
    expect(await getPost(emily.context, postId)).toBeNull();
    // Another alumnus cannot comment on, react to or report what they cannot see.
    caller.userId = emily.user.id;
    expect(await outcomeOf(addCommentAction(null, { tenant: tenant.slug, postId, body: "見えますか" }))).toBe("404");
    expect(await outcomeOf(setReactionAction(null, { tenant: tenant.slug, postId, kind: "LIKE", on: "on" }))).toBe("404");
    expect((await listFeed(hanako.context)).items).toMatchObject([{ id: postId, hidden: true, mine: true }]);
    expect((await listFeed(adminContext)).items).toMatchObject([{ id: postId, hidden: true }]);
    expect(await db.auditEvent.count({ where: { tenantId: tenant.id, action: "feed.hidePost", targetMembershipId: hanako.membership.id } })).toBe(1);
  });

  it("deletes a reported comment from the queue, audited; a member deletes only their own comments", async () => {
    const { tenant, admin, adminContext, hanako, emily } = await company();
    const postId = await post(admin.user.id, tenant.slug, "イベントのご報告");
    caller.userId = hanako.user.id;
    const comment = await addCommentAction(null, { tenant: tenant.slug, postId, body: "スパム http://spam.example" });
    const commentId = (comment as { data: string }).data;
    caller.userId = emily.user.id;
    const { deleteCommentAction } = await import("@/lib/actions/feed");
    expect(await outcomeOf(deleteCommentAction(null, { tenant: tenant.slug, commentId }))).toBe("404");
    await reportAction(null, { tenant: tenant.slug, postId, commentId, reason: "スパム" });
    const [queued] = await listOpenReports(adminContext);
    expect(queued).toMatchObject({ commentId, text: "スパム http://spam.example" });
    caller.userId = admin.user.id;
    await decideReportAction(null, { tenant: tenant.slug, reportId: queued!.id, decision: "DELETE" });
    expect(await db.feedComment.count({ where: { tenantId: tenant.id } })).toBe(0);
    expect(await db.auditEvent.findFirst({ where: { tenantId: tenant.id, action: "feed.deleteComment" } })).toMatchObject({ targetMembershipId: hanako.membership.id, details: { postId, commentId } });
  });

  it("interleaves the announcements that reached the member by date, after the pinned posts, and pages by keyset", async () => {
    const { tenant, admin, hanako, emily } = await company();
    const minute = 60_000;
    const start = Date.now() - 60 * minute;
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      ids.push((await db.feedPost.create({ data: { tenantId: tenant.id, authorId: admin.membership.id, fromStaff: true, body: `投稿${i}`, createdAt: new Date(start + i * minute) } })).id);
    }
    await db.feedPost.update({ where: { id: ids[0] }, data: { pinnedAt: new Date() } });
    const broadcast = await createBroadcast(tenant.id, { ja: { subject: "夏のお知らせ", body: "本文" }, en: null });
    await db.broadcastDelivery.create({ data: { tenantId: tenant.id, broadcastId: broadcast.id, membershipId: hanako.membership.id, channel: "PORTAL", locale: "ja", createdAt: new Date(start + 10.5 * minute) } });

    const first = await listFeed(hanako.context);
    expect(bodies(first).slice(0, 3)).toEqual(["投稿0", "投稿19", "投稿18"]);
    expect(first.next).not.toBeNull();
    const second = await listFeed(hanako.context, first.next!);
    const all = [...bodies(first), ...bodies(second)];
    const newestFirst = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => `投稿${from - i}`);
    expect(all).toEqual(["投稿0", ...newestFirst(19, 11), "announcement:夏のお知らせ", ...newestFirst(10, 1)]);
    expect(second.next).toBeNull();
    // Emily was not in the audience: no announcement in her feed.
    expect(bodies(await listFeed(emily.context))).not.toContain("announcement:夏のお知らせ");
  });

  it("shows the home page the pinned post first, then the newest, as plain text without hidden ones", async () => {
    const { tenant, admin, adminContext, hanako } = await company();
    const welcome = await post(admin.user.id, tenant.slug, "## ようこそ\n\n**アルムナイ**の皆さんへ [詳細](https://example.com)");
    await post(admin.user.id, tenant.slug, "採用のお知らせ");
    const hidden = await post(admin.user.id, tenant.slug, "非表示にする投稿");
    caller.userId = admin.user.id;
    const { setPinnedAction, setHiddenAction } = await import("@/lib/actions/feed-staff");
    await setPinnedAction(null, { tenant: tenant.slug, postId: welcome, pinned: "on" });
    await setHiddenAction(null, { tenant: tenant.slug, postId: hidden, hidden: "on" });
    expect((await latestPostExcerpts(hanako.context)).map((p) => [p.excerpt, p.pinned])).toEqual([["ようこそ アルムナイの皆さんへ 詳細", true], ["採用のお知らせ", false]]);
    expect(await latestPostExcerpts(adminContext)).toHaveLength(2);
  });

  it("renders script in a post and a comment inert", async () => {
    const { tenant, admin, adminContext, hanako } = await company();
    const attack = `本文 <script>alert("x")</script> <img src=x onerror="alert(1)"> [click](javascript:alert(2))`;
    const postId = await post(admin.user.id, tenant.slug, attack);
    caller.userId = hanako.user.id;
    await addCommentAction(null, { tenant: tenant.slug, postId, body: `<script>alert("c")</script>` });
    const item = (await getPost(adminContext, postId))!;
    expect(item.body).toBe(attack);
    const element = await FeedPost({ post: item, tenant: tenant.slug, companyName: "テスト株式会社", moderator: true });
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="ja" messages={messagesFor("ja")} timeZone="Asia/Tokyo">
        {element}
      </NextIntlClientProvider>,
    );
    // React's own form-replay script follows the article; what the members wrote is inside it.
    const article = html.slice(0, html.indexOf("</article>"));
    expect(article).toContain("&lt;script&gt;alert(&quot;c&quot;)&lt;/script&gt;");
    expect(article).toContain("本文");
    expect(article).toContain("click");
    expect(article).not.toMatch(/<script|<img|onerror|javascript:alert/i);
  });
});
