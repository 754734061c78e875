import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { latestPostExcerpts } from "@/lib/feed/queries";
import type { TenantContext } from "@/lib/tenancy/resolve";

/** The portal home's "from the feed": the pinned and newest posts, each a link into the feed. */
export async function FeedTeaser({ context }: { context: TenantContext }) {
  const [t, format, posts] = await Promise.all([getTranslations("feed"), getFormatter(), latestPostExcerpts(context)]);
  if (posts.length === 0) {
    return null;
  }
  const href = `/${context.tenant.slug}/feed`;
  return (
    <section aria-labelledby="from-the-feed" className="mt-10">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="from-the-feed" className="text-lg font-semibold">{t("teaser.title")}</h2>
        <Link href={href} className="text-sm text-brand-800 underline">{t("teaser.all")}</Link>
      </div>
      <ul className="mt-3 flex flex-col gap-2">
        {posts.map((post) => (
          <li key={post.id}>
            <Link href={href} className="block rounded-lg border border-stone-200 bg-white p-3 hover:border-brand-600">
              <span className="flex items-center gap-2 text-xs text-stone-600">
                {post.pinned ? <span className="rounded bg-brand-100 px-1.5 font-semibold text-brand-800">{t("pinned")}</span> : null}
                <time dateTime={post.createdAt.toISOString()}>{format.dateTime(post.createdAt, { dateStyle: "medium" })}</time>
              </span>
              <span className="mt-1 line-clamp-2 block text-sm text-stone-800">{post.excerpt}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
