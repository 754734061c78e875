import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/markdown";
import { deleteCommentAction, deletePostAction, setReactionAction } from "@/lib/actions/feed";
import { setHiddenAction, setPinnedAction } from "@/lib/actions/feed-staff";
import type { FeedPostItem } from "@/lib/feed/queries";
import { REACTION_EMOJI } from "@/lib/feed/schema";
import { ActionButton } from "./action-button";
import { CommentForm } from "./comment-form";
import { ReportForm } from "./report-form";

type Props = { post: FeedPostItem; tenant: string; companyName: string; moderator: boolean };

/** One post in the feed: author, Markdown body, picture, link card, reactions, comments, and what this member may do. */
export async function FeedPost({ post, tenant, companyName, moderator }: Props) {
  const [t, format] = await Promise.all([getTranslations("feed"), getFormatter()]);
  const base = `/${tenant}/feed/${post.id}`;
  const mayEdit = post.mine || (post.fromStaff && moderator);
  return (
    <article aria-labelledby={`post-${post.id}`} className={`rounded-lg border bg-white p-4 ${post.pinned ? "border-brand-600" : "border-stone-200"}`}>
      <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span id={`post-${post.id}`} className="font-semibold text-stone-900">{post.fromStaff ? t("fromCompany", { company: companyName }) : post.author}</span>
        {post.fromStaff && post.author ? <span className="text-stone-600">{post.author}</span> : null}
        <time dateTime={post.createdAt.toISOString()} className="text-stone-600">{format.dateTime(post.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
        {post.editedAt ? <span className="text-stone-500">({t("edited")})</span> : null}
        {post.pinned ? <span className="rounded bg-brand-100 px-1.5 text-xs font-semibold text-brand-800">{t("pinned")}</span> : null}
      </header>
      {post.hidden ? <p role="note" className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">{post.mine ? t("hiddenNote") : t("hiddenStaffNote")}</p> : null}
      <div className="mt-3">
        <Markdown source={post.body} />
      </div>
      {post.image ? (
        // eslint-disable-next-line @next/next/no-img-element -- served by our own route, already resized
        <img src={`${base}/image?v=${post.image.version}`} alt={t("image")} width={post.image.width} height={post.image.height} className="mt-3 h-auto max-h-[32rem] w-auto max-w-full rounded" loading="lazy" />
      ) : null}
      {post.preview ? (
        <a href={post.preview.url} target="_blank" rel="noopener noreferrer nofollow ugc" aria-label={t("preview.label")} className="mt-3 flex gap-3 rounded border border-stone-200 p-3 hover:bg-stone-50">
          {post.preview.imageVersion ? (
            // eslint-disable-next-line @next/next/no-img-element -- the card's picture, re-encoded and served by our own route
            <img src={`${base}/preview-image?v=${post.preview.imageVersion}`} alt="" width={120} height={63} className="h-16 w-32 flex-none rounded object-cover" loading="lazy" />
          ) : null}
          <span className="min-w-0">
            {post.preview.siteName ? <span className="block text-xs text-stone-600">{post.preview.siteName}</span> : null}
            <span className="block font-semibold text-stone-900">{post.preview.title}</span>
            {post.preview.description ? <span className="line-clamp-2 block text-sm text-stone-700">{post.preview.description}</span> : null}
          </span>
        </a>
      ) : null}
      <div role="group" aria-label={t("reactions.label")} className="mt-3 flex flex-wrap items-center gap-1">
        {post.reactions.map((r) => (
          <ActionButton
            key={r.kind}
            action={setReactionAction}
            fields={{ tenant, postId: post.id, kind: r.kind, on: r.mine ? "" : "on" }}
            label={`${REACTION_EMOJI[r.kind]} ${r.count}`}
            ariaLabel={t("reactions.count", { name: t(`reactions.${r.kind}`), count: r.count })}
            pressed={r.mine}
            variant={r.mine ? "secondary" : "ghost"}
          />
        ))}
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-1 border-t border-stone-100 pt-2">
        {mayEdit ? <Link href={`${base}/edit`} className="rounded px-2 py-1 text-xs text-stone-700 hover:bg-stone-100">{t("actions.edit")}</Link> : null}
        {post.mine || moderator ? <ActionButton action={deletePostAction} fields={{ tenant, postId: post.id }} label={t("actions.delete")} confirm={t("actions.deleteConfirm")} /> : null}
        {moderator ? <ActionButton action={setPinnedAction} fields={{ tenant, postId: post.id, pinned: post.pinned ? "" : "on" }} label={post.pinned ? t("actions.unpin") : t("actions.pin")} /> : null}
        {moderator ? <ActionButton action={setHiddenAction} fields={{ tenant, postId: post.id, hidden: post.hidden ? "" : "on" }} label={post.hidden ? t("actions.unhide") : t("actions.hide")} /> : null}
        {!post.mine ? <ReportForm tenant={tenant} postId={post.id} /> : null}
      </div>
      <section aria-label={t("comments.heading", { count: post.commentCount })} className="mt-3">
        <h3 className="text-sm font-semibold text-stone-800">{t("comments.heading", { count: post.commentCount })}</h3>
        {post.commentCount > post.comments.length ? <p className="text-xs text-stone-600">{t("comments.more", { shown: post.comments.length, count: post.commentCount })}</p> : null}
        <ul className="mt-2 flex flex-col gap-2">
          {post.comments.map((c) => (
            <li key={c.id} className="rounded bg-stone-50 px-3 py-2 text-sm">
              <p className="text-xs text-stone-600">
                <span className="font-semibold text-stone-800">{c.author}</span>{" "}
                <time dateTime={c.createdAt.toISOString()}>{format.dateTime(c.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
              </p>
              <p className="mt-1 whitespace-pre-wrap break-words text-stone-800">{c.body}</p>
              <div className="mt-1 flex gap-1">
                {c.mine || moderator ? <ActionButton action={deleteCommentAction} fields={{ tenant, commentId: c.id }} label={t("comments.delete")} confirm={t("comments.deleteConfirm")} /> : null}
                {!c.mine ? <ReportForm tenant={tenant} postId={post.id} commentId={c.id} /> : null}
              </div>
            </li>
          ))}
        </ul>
        <CommentForm tenant={tenant} postId={post.id} />
      </section>
    </article>
  );
}
