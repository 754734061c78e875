import { z } from "zod";
import { detectImageType } from "@/lib/alumni/avatar/detect-type";

// Messages are keys of the `validation` catalog (nested under `feed`).
export const MAX_POST = 10_000;
export const MAX_COMMENT = 2_000;
export const MAX_REPORT_REASON = 500;
export const MAX_FEED_IMAGE_BYTES = 5 * 1024 * 1024;
export const FEED_IMAGE_ACCEPT = "image/jpeg,image/png,image/webp,image/gif";

export const REACTIONS = ["LIKE", "HEART", "CELEBRATE", "CLAP"] as const;
export type ReactionName = (typeof REACTIONS)[number];
export const REACTION_EMOJI: Record<ReactionName, string> = { LIKE: "👍", HEART: "❤️", CELEBRATE: "🎉", CLAP: "👏" };

const id = z.string().min(1).max(64);
const checkbox = z.string().optional().transform((v) => v === "on" || v === "true" || v === "1");

const image = z
  .instanceof(File)
  .optional()
  .refine((file) => !file || file.size <= MAX_FEED_IMAGE_BYTES, { error: "feed.imageTooLarge", abort: true })
  .refine(async (file) => !file || file.size === 0 || detectImageType(new Uint8Array(await file.slice(0, 16).arrayBuffer())) !== null, { error: "avatarNotImage" })
  .transform((file) => (file && file.size > 0 ? file : null));

const postBody = z.string().trim().min(1, { error: "feed.bodyRequired" }).max(MAX_POST, { error: "feed.postTooLong" });

export const createPostSchema = z.object({ body: postBody, image });
export type CreatePost = z.output<typeof createPostSchema>;

export const postIdSchema = z.object({ postId: id });
export const editPostSchema = postIdSchema.extend({ body: postBody, image, removeImage: checkbox });
export type EditPost = z.output<typeof editPostSchema>;
export const pinSchema = postIdSchema.extend({ pinned: checkbox });
export const hideSchema = postIdSchema.extend({ hidden: checkbox });

export const commentSchema = postIdSchema.extend({
  body: z.string().trim().min(1, { error: "feed.bodyRequired" }).max(MAX_COMMENT, { error: "feed.commentTooLong" }),
});
export const commentIdSchema = z.object({ commentId: id });

/** `on`: the state the member wants, so a double click or a retried request lands in the same place. */
export const reactionSchema = postIdSchema.extend({ kind: z.enum(REACTIONS), on: checkbox });

export const reportSchema = postIdSchema.extend({
  commentId: z.string().max(64).optional().transform((v) => v || null),
  reason: z.string().trim().min(1, { error: "feed.reasonRequired" }).max(MAX_REPORT_REASON),
});
export const REPORT_DECISIONS = ["DISMISS", "HIDE", "DELETE"] as const;
export const decideReportSchema = z.object({ reportId: id, decision: z.enum(REPORT_DECISIONS) });

export const feedSettingsSchema = z.object({ alumniMayPost: checkbox });
