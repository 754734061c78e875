import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { jobQueue } from "@/lib/jobs/boss";
import { notify } from "@/lib/notifications/notify";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { findReadablePost, moderates, readablePostsWhere } from "./access";
import { withinFeedLimit } from "./limits";
import { mentionedMemberIds } from "./mentions";

type Written = { ok: true; id: string } | { ok: false; reason: "rate" };

/** A comment on a post the member may read (plain text). Null: no such post for this member. */
export async function addComment(context: TenantContext, postId: string, body: string): Promise<Written | null> {
  const post = await findReadablePost(context, postId);
  if (!post) {
    return null;
  }
  if (!(await withinFeedLimit(context))) {
    return { ok: false, reason: "rate" };
  }
  const tenantId = context.tenant.id;
  const me = context.membership.id;
  // The notifications' mail jobs are queued in the transaction: the queue must be started before it opens.
  await jobQueue();
  return db.$transaction(async (tx) => {
    const comment = await tx.feedComment.create({ data: { tenantId, postId, authorId: me, body }, select: { id: true } });
    // The post's author hears of the comment; anyone named in it with "@" hears of the mention (once, not both).
    const path = `/${context.tenant.slug}/feed#post-${postId}`;
    await notify(tx, { tenantId, recipientId: post.authorId, kind: "COMMENT", actorId: me, refId: postId, path, excerpt: body });
    for (const mentioned of await mentionedMemberIds(tx, tenantId, body, me)) {
      if (mentioned !== post.authorId) {
        await notify(tx, { tenantId, recipientId: mentioned, kind: "MENTION", actorId: me, refId: comment.id, path, excerpt: body });
      }
    }
    return { ok: true, id: comment.id };
  });
}

/** Deletes a comment: its author, or staff (audited). False: no such comment this member may delete. */
export async function deleteComment(context: TenantContext, commentId: string): Promise<boolean> {
  const tenantId = context.tenant.id;
  const comment = await db.feedComment.findFirst({ where: { tenantId, id: commentId, post: readablePostsWhere(context) }, select: { id: true, authorId: true, postId: true } });
  const own = comment?.authorId === context.membership.id;
  if (!comment || !(own || moderates(context))) {
    return false;
  }
  await db.$transaction(async (tx) => {
    await tx.feedComment.delete({ where: { tenantId_id: { tenantId, id: commentId } } });
    if (!own) {
      await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "feed.deleteComment", targetMembershipId: comment.authorId, details: { postId: comment.postId, commentId } }]);
    }
  });
  return true;
}
