import "server-only";
import type PgBoss from "pg-boss";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { jobQueue } from "@/lib/jobs/boss";
import { QUEUES, type FeedLinkPreviewJob } from "@/lib/jobs/queues";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { findReadablePost, mayPost, moderates } from "./access";
import { resizeFeedImage } from "./image";
import { withinFeedLimit } from "./limits";
import { firstLink } from "./link-url";
import type { CreatePost, EditPost } from "./schema";

type Written = { ok: true; id: string } | { ok: false; reason: "rate" | "notAllowed" | "image" };

async function readImage(file: File | null) {
  if (!file) {
    return null;
  }
  try {
    return await resizeFeedImage(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return "unreadable" as const;
  }
}

/** Queues the link preview in the transaction that wrote the post (decisions/006), replacing an older card. */
async function queuePreview(boss: PgBoss, tx: Tx, tenantId: string, postId: string, body: string) {
  const url = firstLink(body);
  const current = await tx.feedLinkPreview.findUnique({ where: { tenantId_postId: { tenantId, postId } }, select: { url: true } });
  if (current?.url === url) {
    return;
  }
  await tx.feedLinkPreview.deleteMany({ where: { tenantId, postId } });
  if (!url) {
    return;
  }
  await tx.feedLinkPreview.create({ data: { tenantId, postId, url } });
  const executeSql = async (text: string, values: unknown[]) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) });
  const job: FeedLinkPreviewJob = { tenantId, postId, url };
  await boss.send(QUEUES.fetchLinkPreview, job, { db: { executeSql }, retryLimit: 1 });
}

/** A new post: staff post for the company; alumni only when the company allows it. */
export async function createPost(context: TenantContext, input: CreatePost): Promise<Written> {
  if (!(await mayPost(context))) {
    return { ok: false, reason: "notAllowed" };
  }
  const picture = await readImage(input.image);
  if (picture === "unreadable") {
    return { ok: false, reason: "image" };
  }
  if (!(await withinFeedLimit(context))) {
    return { ok: false, reason: "rate" };
  }
  const tenantId = context.tenant.id;
  const boss = await jobQueue();
  return db.$transaction(async (tx) => {
    const post = await tx.feedPost.create({
      data: { tenantId, authorId: context.membership.id, fromStaff: moderates(context), body: input.body, createdAt: new Date() },
      select: { id: true },
    });
    if (picture) {
      await tx.feedImage.create({ data: { tenantId, postId: post.id, image: picture.image, width: picture.width, height: picture.height, version: picture.version } });
    }
    await queuePreview(boss, tx, tenantId, post.id, input.body);
    return { ok: true, id: post.id };
  });
}

/** Whether this member may change a post's text: its author, or staff for a post written for the company. */
const mayEdit = (context: TenantContext, post: { authorId: string; fromStaff: boolean }) =>
  post.authorId === context.membership.id || (post.fromStaff && moderates(context));

/** Edits a post's text and picture. Null: no such post this member may edit. */
export async function editPost(context: TenantContext, input: EditPost): Promise<Written | null> {
  const post = await findReadablePost(context, input.postId);
  if (!post || !mayEdit(context, post)) {
    return null;
  }
  const picture = await readImage(input.image);
  if (picture === "unreadable") {
    return { ok: false, reason: "image" };
  }
  const tenantId = context.tenant.id;
  const boss = await jobQueue();
  return db.$transaction(async (tx) => {
    await tx.feedPost.update({ where: { tenantId_id: { tenantId, id: post.id } }, data: { body: input.body, editedAt: new Date() } });
    if (picture) {
      const data = { image: picture.image, width: picture.width, height: picture.height, version: picture.version };
      await tx.feedImage.upsert({ where: { tenantId_postId: { tenantId, postId: post.id } }, create: { tenantId, postId: post.id, ...data }, update: data });
    } else if (input.removeImage) {
      await tx.feedImage.deleteMany({ where: { tenantId, postId: post.id } });
    }
    await queuePreview(boss, tx, tenantId, post.id, input.body);
    return { ok: true, id: post.id };
  });
}

/** Deletes a post (its comments, reactions, reports, picture and card go with it): its author, or staff. */
export async function deletePost(context: TenantContext, postId: string): Promise<boolean> {
  const post = await findReadablePost(context, postId);
  if (!post || !(post.authorId === context.membership.id || moderates(context))) {
    return false;
  }
  const tenantId = context.tenant.id;
  await db.$transaction(async (tx) => {
    await tx.feedPost.delete({ where: { tenantId_id: { tenantId, id: postId } } });
    if (post.authorId !== context.membership.id) {
      await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "feed.deletePost", targetMembershipId: post.authorId, details: { postId } }]);
    }
  });
  return true;
}

/** Pins a post to the top of the feed or unpins it (staff). */
export async function setPinned(context: TenantContext, postId: string, pinned: boolean): Promise<boolean> {
  if (!moderates(context)) {
    return false;
  }
  const changed = await db.feedPost.updateMany({ where: { tenantId: context.tenant.id, id: postId }, data: { pinnedAt: pinned ? new Date() : null } });
  return changed.count === 1;
}

/** Hides a post from everyone but its author and staff, or shows it again (staff), audited. */
export async function setHidden(context: TenantContext, postId: string, hidden: boolean, tx?: Tx): Promise<boolean> {
  if (!moderates(context)) {
    return false;
  }
  const tenantId = context.tenant.id;
  const run = async (t: Tx) => {
    const post = await t.feedPost.findFirst({ where: { tenantId, id: postId }, select: { authorId: true } });
    if (!post) {
      return false;
    }
    await t.feedPost.update({ where: { tenantId_id: { tenantId, id: postId } }, data: hidden ? { hiddenAt: new Date(), hiddenById: context.membership.id } : { hiddenAt: null, hiddenById: null } });
    await recordAudit(t, { tenantId, userId: context.userId }, [{ action: hidden ? "feed.hidePost" : "feed.unhidePost", targetMembershipId: post.authorId, details: { postId } }]);
    return true;
  };
  return tx ? run(tx) : db.$transaction(run);
}

/** The company's setting: whether alumni may post (admins, on /admin/feed), audited. */
export async function setAlumniMayPost(context: TenantContext, allowed: boolean): Promise<void> {
  const tenantId = context.tenant.id;
  await db.$transaction(async (tx) => {
    await tx.tenant.update({ where: { id: tenantId }, data: { feedAlumniPosts: allowed } });
    await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: allowed ? "feed.allowAlumniPosts" : "feed.disallowAlumniPosts" }]);
  });
}
