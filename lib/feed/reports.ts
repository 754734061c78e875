import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { displayNames } from "@/lib/inbox/people";
import { findReadablePost, moderates } from "./access";
import { setHidden } from "./posts";

/** A member reports a post, or one of its comments, to the company's moderators. False: nothing to report here. */
export async function reportContent(context: TenantContext, input: { postId: string; commentId: string | null; reason: string }): Promise<boolean> {
  const post = await findReadablePost(context, input.postId);
  if (!post) {
    return false;
  }
  const tenantId = context.tenant.id;
  if (input.commentId && (await db.feedComment.count({ where: { tenantId, id: input.commentId, postId: post.id } })) === 0) {
    return false;
  }
  await db.feedReport.create({ data: { tenantId, postId: post.id, commentId: input.commentId, reporterId: context.membership.id, reason: input.reason } });
  return true;
}

export type ReportRow = {
  id: string;
  postId: string;
  commentId: string | null;
  reason: string;
  createdAt: Date;
  reporter: string;
  author: string;
  text: string;
  hidden: boolean;
};

/** The open reports, oldest first (the queue on /admin/feed), with what was reported. */
export async function listOpenReports(context: TenantContext): Promise<ReportRow[]> {
  if (!moderates(context)) {
    return [];
  }
  const tenantId = context.tenant.id;
  const rows = await db.feedReport.findMany({
    where: { tenantId, status: "OPEN" },
    orderBy: { createdAt: "asc" },
    take: 100,
    select: {
      id: true,
      postId: true,
      commentId: true,
      reason: true,
      createdAt: true,
      reporterId: true,
      post: { select: { body: true, authorId: true, hiddenAt: true } },
      comment: { select: { body: true, authorId: true } },
    },
  });
  const names = await displayNames(tenantId, rows.flatMap((r) => [r.reporterId, r.comment?.authorId ?? r.post.authorId]));
  return rows.map((r) => {
    const authorId = r.comment?.authorId ?? r.post.authorId;
    return {
      id: r.id,
      postId: r.postId,
      commentId: r.commentId,
      reason: r.reason,
      createdAt: r.createdAt,
      reporter: names.get(r.reporterId) ?? "",
      author: names.get(authorId) ?? "",
      text: (r.comment?.body ?? r.post.body).slice(0, 500),
      hidden: r.post.hiddenAt !== null,
    };
  });
}

/**
 * Staff decide a report: dismiss it, hide the post, or delete what was reported (the comment, or the post). Every
 * open report about the same thing is closed with it; all audited. False: no such open report in this company.
 */
export async function decideReport(context: TenantContext, reportId: string, decision: "DISMISS" | "HIDE" | "DELETE"): Promise<boolean> {
  if (!moderates(context)) {
    return false;
  }
  const tenantId = context.tenant.id;
  const actor = { tenantId, userId: context.userId };
  return db.$transaction(async (tx) => {
    const report = await tx.feedReport.findFirst({
      where: { tenantId, id: reportId, status: "OPEN" },
      select: { id: true, postId: true, commentId: true, post: { select: { authorId: true } }, comment: { select: { authorId: true } } },
    });
    if (!report) {
      return false;
    }
    const decided = { decidedById: context.membership.id, decidedAt: new Date() };
    const sameThing = { tenantId, status: "OPEN" as const, postId: report.postId, commentId: report.commentId };
    const details = { postId: report.postId, reportId, ...(report.commentId ? { commentId: report.commentId } : {}) };
    const authorId = report.comment?.authorId ?? report.post.authorId;
    if (decision === "DISMISS") {
      await tx.feedReport.updateMany({ where: sameThing, data: { status: "DISMISSED", ...decided } });
      await recordAudit(tx, actor, [{ action: "feed.dismissReport", targetMembershipId: authorId, details }]);
    } else if (decision === "HIDE") {
      // Hiding concerns the post, even when a comment was reported (a comment is deleted, not hidden).
      await tx.feedReport.updateMany({ where: { tenantId, status: "OPEN", postId: report.postId, commentId: null }, data: { status: "HIDDEN", ...decided } });
      await tx.feedReport.updateMany({ where: { id: reportId, tenantId }, data: { status: "HIDDEN", ...decided } });
      await setHidden(context, report.postId, true, tx);
    } else if (report.commentId) {
      await tx.feedReport.updateMany({ where: sameThing, data: { status: "DELETED", ...decided } });
      await recordAudit(tx, actor, [{ action: "feed.deleteComment", targetMembershipId: authorId, details }]);
      await tx.feedComment.delete({ where: { tenantId_id: { tenantId, id: report.commentId } } });
    } else {
      await recordAudit(tx, actor, [{ action: "feed.deletePost", targetMembershipId: authorId, details }]);
      await tx.feedPost.delete({ where: { tenantId_id: { tenantId, id: report.postId } } });
    }
    return true;
  });
}
