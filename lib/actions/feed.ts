"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { addComment, deleteComment } from "@/lib/feed/comments";
import { createPost, deletePost, editPost } from "@/lib/feed/posts";
import { setReaction } from "@/lib/feed/reactions";
import { reportContent } from "@/lib/feed/reports";
import { commentIdSchema, commentSchema, createPostSchema, editPostSchema, postIdSchema, reactionSchema, reportSchema } from "@/lib/feed/schema";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { tenantAction } from "./clients";

function revalidateFeed(context: TenantContext) {
  revalidatePath(`/${context.tenant.slug}/feed`);
  revalidatePath(`/${context.tenant.slug}/admin/feed`);
}

async function refusal(reason: "rate" | "notAllowed" | "image") {
  const t = await getTranslations("feed");
  if (reason === "image") {
    return { ok: false as const, fieldErrors: { image: (await getTranslations("validation"))("avatarNotImage") } };
  }
  return { ok: false as const, error: reason === "rate" ? t("rateLimited") : t("postingOff") };
}

/** A member writes a post: staff for the company, alumni when the company allows it. */
export const createPostAction = tenantAction("portal.view", createPostSchema, async (input, context) => {
  const written = await createPost(context, input);
  if (!written.ok) {
    return { ...(await refusal(written.reason)), values: { body: input.body } };
  }
  revalidateFeed(context);
  return { ok: true, data: written.id, message: (await getTranslations("feed"))("posted") };
});

/** The author (or staff, for the company's posts) edits a post. */
export const editPostAction = tenantAction("portal.view", editPostSchema, async (input, context) => {
  const written = await editPost(context, input);
  if (!written) {
    notFound();
  }
  if (!written.ok) {
    return { ...(await refusal(written.reason)), values: { body: input.body } };
  }
  revalidateFeed(context);
  return { ok: true, data: written.id, message: (await getTranslations("feed"))("saved") };
});

/** The author deletes their post; staff delete any (audited). */
export const deletePostAction = tenantAction("portal.view", postIdSchema, async ({ postId }, context) => {
  if (!(await deletePost(context, postId))) {
    notFound();
  }
  revalidateFeed(context);
  return { ok: true, data: undefined, message: (await getTranslations("feed"))("deleted") };
});

export const addCommentAction = tenantAction("portal.view", commentSchema, async ({ postId, body }, context) => {
  const written = await addComment(context, postId, body);
  if (!written) {
    notFound();
  }
  if (!written.ok) {
    return { ok: false, error: (await getTranslations("feed"))("rateLimited"), values: { body } };
  }
  revalidateFeed(context);
  return { ok: true, data: written.id };
});

/** The author deletes their comment; staff delete any (audited). */
export const deleteCommentAction = tenantAction("portal.view", commentIdSchema, async ({ commentId }, context) => {
  if (!(await deleteComment(context, commentId))) {
    notFound();
  }
  revalidateFeed(context);
  return { ok: true, data: undefined };
});

export const setReactionAction = tenantAction("portal.view", reactionSchema, async ({ postId, kind, on }, context) => {
  if (!(await setReaction(context, postId, kind, on))) {
    notFound();
  }
  revalidateFeed(context);
  return { ok: true, data: undefined };
});

/** Any member reports a post or a comment to the company's moderators. */
export const reportAction = tenantAction("portal.view", reportSchema, async (input, context) => {
  if (!(await reportContent(context, input))) {
    notFound();
  }
  revalidatePath(`/${context.tenant.slug}/admin/feed`);
  return { ok: true, data: undefined, message: (await getTranslations("feed"))("reported") };
});
