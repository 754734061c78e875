import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { displayNames } from "@/lib/inbox/people";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { moderates, readablePostsWhere } from "./access";
import { decodeCursor, encodeCursor, type FeedCursor } from "./cursor";
import { REACTIONS, type ReactionName } from "./schema";

const PAGE = 15;
const COMMENTS_SHOWN = 50;

export type FeedComment = { id: string; authorId: string; author: string; body: string; createdAt: Date; mine: boolean };
export type FeedPostItem = {
  kind: "post";
  id: string;
  authorId: string;
  author: string;
  fromStaff: boolean;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  pinned: boolean;
  hidden: boolean;
  mine: boolean;
  image: { version: string; width: number; height: number } | null;
  preview: { url: string; title: string | null; description: string | null; siteName: string | null; imageVersion: string | null } | null;
  reactions: { kind: ReactionName; count: number; mine: boolean }[];
  comments: FeedComment[];
  commentCount: number;
};
export type FeedAnnouncementItem = {
  kind: "announcement";
  broadcastId: string;
  subjectJa: string | null;
  subjectEn: string | null;
  createdAt: Date;
  read: boolean;
};
export type FeedItem = FeedPostItem | FeedAnnouncementItem;

const postSelect = {
  id: true,
  authorId: true,
  fromStaff: true,
  body: true,
  createdAt: true,
  editedAt: true,
  pinnedAt: true,
  hiddenAt: true,
  image: { select: { version: true, width: true, height: true } },
  preview: { select: { url: true, status: true, title: true, description: true, siteName: true, imageVersion: true } },
  _count: { select: { comments: true } },
} satisfies Prisma.FeedPostSelect;
type PostRow = Prisma.FeedPostGetPayload<{ select: typeof postSelect }>;

/** Reactions, comments and names for a page of posts, in three statements whatever the page's size. */
async function dressPosts(context: TenantContext, rows: PostRow[]): Promise<FeedPostItem[]> {
  if (!rows.length) {
    return [];
  }
  const tenantId = context.tenant.id;
  const me = context.membership.id;
  const postIds = rows.map((r) => r.id);
  const [counts, mine, comments] = await Promise.all([
    db.feedReaction.groupBy({ by: ["postId", "kind"], where: { tenantId, postId: { in: postIds } }, _count: { _all: true } }),
    db.feedReaction.findMany({ where: { tenantId, postId: { in: postIds }, membershipId: me }, select: { postId: true, kind: true } }),
    db.$queryRaw<{ id: string; postId: string; authorId: string; body: string; createdAt: Date }[]>`
      SELECT id, "postId", "authorId", body, "createdAt" FROM (
        SELECT c.*, row_number() OVER (PARTITION BY c."postId" ORDER BY c."createdAt" DESC, c.id DESC) AS n
        FROM "FeedComment" c WHERE c."tenantId" = ${tenantId} AND c."postId" = ANY(${postIds})
      ) latest WHERE n <= ${COMMENTS_SHOWN} ORDER BY "createdAt", id`,
  ]);
  const names = await displayNames(tenantId, [...rows.map((r) => r.authorId), ...comments.map((c) => c.authorId)]);
  const mineSet = new Set(mine.map((m) => `${m.postId}:${m.kind}`));
  return rows.map((r) => ({
    kind: "post",
    id: r.id,
    authorId: r.authorId,
    author: names.get(r.authorId) ?? "",
    fromStaff: r.fromStaff,
    body: r.body,
    createdAt: r.createdAt,
    editedAt: r.editedAt,
    pinned: r.pinnedAt !== null,
    hidden: r.hiddenAt !== null,
    mine: r.authorId === me,
    image: r.image,
    preview: r.preview?.status === "READY" ? { url: r.preview.url, title: r.preview.title, description: r.preview.description, siteName: r.preview.siteName, imageVersion: r.preview.imageVersion } : null,
    reactions: REACTIONS.map((kind) => ({
      kind,
      count: counts.find((c) => c.postId === r.id && c.kind === kind)?._count._all ?? 0,
      mine: mineSet.has(`${r.id}:${kind}`),
    })),
    comments: comments
      .filter((c) => c.postId === r.id)
      .map((c) => ({ id: c.id, authorId: c.authorId, author: names.get(c.authorId) ?? "", body: c.body, createdAt: c.createdAt, mine: c.authorId === me })),
    commentCount: r._count.comments,
  }));
}

/**
 * A page of the member's feed, newest first: the company's posts (pinned ones lead the first page) interleaved by
 * date with the announcements that reached this member (their PORTAL delivery rows — the audience rules of
 * decisions/016 already applied when it was sent). The cursor remembers how far each of the two streams was read.
 */
export async function listFeed(context: TenantContext, rawCursor?: string): Promise<{ pinned: FeedPostItem[]; items: FeedItem[]; next: string | null }> {
  const cursor: FeedCursor = decodeCursor(rawCursor);
  const tenantId = context.tenant.id;
  const readable = readablePostsWhere(context);
  const postAfter: Prisma.FeedPostWhereInput = cursor.post
    ? { OR: [{ createdAt: { lt: cursor.post.at } }, { createdAt: cursor.post.at, id: { lt: cursor.post.id } }] }
    : {};
  const [pinnedRows, postRows, deliveries] = await Promise.all([
    rawCursor ? Promise.resolve([]) : db.feedPost.findMany({ where: { AND: [readable, { pinnedAt: { not: null } }] }, orderBy: { pinnedAt: "desc" }, take: 10, select: postSelect }),
    db.feedPost.findMany({ where: { AND: [readable, { pinnedAt: null }, postAfter] }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: PAGE + 1, select: postSelect }),
    db.broadcastDelivery.findMany({
      where: { tenantId, membershipId: context.membership.id, channel: "PORTAL", ...(cursor.delivery ? { id: { lt: cursor.delivery } } : {}) },
      orderBy: { id: "desc" },
      take: PAGE + 1,
      select: { id: true, createdAt: true, readAt: true, broadcast: { select: { id: true, subjectJa: true, subjectEn: true } } },
    }),
  ]);
  // Merge the two newest-first streams and keep one page.
  type Entry = { at: Date; post?: PostRow; delivery?: (typeof deliveries)[number] };
  const merged: Entry[] = [...postRows.map((p): Entry => ({ at: p.createdAt, post: p })), ...deliveries.map((d): Entry => ({ at: d.createdAt, delivery: d }))].sort(
    (a, b) => b.at.getTime() - a.at.getTime() || (a.post ? -1 : 1),
  );
  const page = merged.slice(0, PAGE);
  const lastPost = page.findLast((e) => e.post)?.post;
  const lastDelivery = page.findLast((e) => e.delivery)?.delivery;
  const next =
    merged.length > PAGE
      ? encodeCursor({
          post: lastPost ? { at: lastPost.createdAt, id: lastPost.id } : cursor.post,
          delivery: lastDelivery ? lastDelivery.id : cursor.delivery,
        })
      : null;
  const [pinned, posts] = await Promise.all([dressPosts(context, pinnedRows), dressPosts(context, page.flatMap((e) => (e.post ? [e.post] : [])))]);
  const byId = new Map(posts.map((p) => [p.id, p]));
  const items: FeedItem[] = page.map((e) =>
    e.post
      ? byId.get(e.post.id)!
      : { kind: "announcement", broadcastId: e.delivery!.broadcast.id, subjectJa: e.delivery!.broadcast.subjectJa, subjectEn: e.delivery!.broadcast.subjectEn, createdAt: e.delivery!.createdAt, read: e.delivery!.readAt !== null },
  );
  return { pinned, items, next };
}

/** The company's posts for staff on /admin/feed, newest first, hidden ones included; keyset by (createdAt, id). */
export async function listPostsForStaff(context: TenantContext, rawCursor?: string): Promise<{ items: FeedPostItem[]; next: string | null }> {
  if (!moderates(context)) {
    return { items: [], next: null };
  }
  const cursor = decodeCursor(rawCursor);
  const rows = await db.feedPost.findMany({
    where: {
      tenantId: context.tenant.id,
      ...(cursor.post ? { OR: [{ createdAt: { lt: cursor.post.at } }, { createdAt: cursor.post.at, id: { lt: cursor.post.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    select: postSelect,
  });
  const page = rows.slice(0, PAGE);
  const last = page.at(-1);
  return { items: await dressPosts(context, page), next: rows.length > PAGE && last ? encodeCursor({ post: { at: last.createdAt, id: last.id } }) : null };
}

/** One post as this member may read it, or null (the edit page). */
export async function getPost(context: TenantContext, postId: string): Promise<FeedPostItem | null> {
  const row = await db.feedPost.findFirst({ where: { ...readablePostsWhere(context), id: postId }, select: postSelect });
  return row ? ((await dressPosts(context, [row]))[0] ?? null) : null;
}

/** The few newest posts for the portal home (pinned ones first), as plain-text excerpts. */
export async function latestPostExcerpts(context: TenantContext, take = 3): Promise<{ id: string; excerpt: string; createdAt: Date; pinned: boolean }[]> {
  const rows = await db.feedPost.findMany({
    where: { ...readablePostsWhere(context), hiddenAt: null },
    orderBy: [{ pinnedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, body: true, createdAt: true, pinnedAt: true },
  });
  return rows.map((r) => ({ id: r.id, excerpt: excerptOf(r.body), createdAt: r.createdAt, pinned: r.pinnedAt !== null }));
}

/** A post's first words without Markdown's marks (the home page shows them as text). */
export function excerptOf(body: string): string {
  return body
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#*_>`[\]()!~-]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 140);
}
