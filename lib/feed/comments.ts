import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { findReadablePost, moderates, readablePostsWhere } from "./access";
import { withinFeedLimit } from "./limits";

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
  return db.$transaction(async (tx) => {
    const comment = await tx.feedComment.create({ data: { tenantId, postId, authorId: context.membership.id, body }, select: { id: true } });
    // notify: COMMENT to the post's author; MENTION to each @mentioned member
    // (the mentioned: `await mentionedMemberIds(tx, tenantId, body, context.membership.id)` from ./mentions)
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
