import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { FeedPost } from "@/components/feed/feed-post";
import { PostComposer } from "@/components/feed/post-composer";
import { Card } from "@/components/ui/card";
import { mayPost, moderates } from "@/lib/feed/access";
import { listFeed, type FeedAnnouncementItem } from "@/lib/feed/queries";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ after?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant);
  return { title: (await getTranslations("feed"))("title") };
}

/** The company feed: pinned posts, then posts and the announcements that reached this member, newest first. */
export default async function FeedPage({ params, searchParams }: Props) {
  const [{ tenant }, { after }] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant);
  const [t, format, locale, page, canPost] = await Promise.all([getTranslations("feed"), getFormatter(), getLocale(), listFeed(context, after), mayPost(context)]);
  const moderator = moderates(context);
  const company = tenantDisplayName(context.tenant, locale);
  const base = `/${tenant}/feed`;
  const subjectOf = (a: FeedAnnouncementItem) => (locale === "en" ? (a.subjectEn ?? a.subjectJa) : (a.subjectJa ?? a.subjectEn)) ?? "";
  const posts = [...page.pinned, ...page.items];
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-600">{t("lead")}</p>
      </div>
      {after ? null : canPost ? <PostComposer tenant={tenant} asCompany={moderator} /> : <p className="text-sm text-stone-600">{t("composer.postingOff")}</p>}
      {posts.length === 0 ? (
        <Card>
          <p className="text-stone-700">{t("empty")}</p>
        </Card>
      ) : (
        <ol className="flex flex-col gap-4" aria-label={t("title")}>
          {posts.map((item) =>
            item.kind === "post" ? (
              <li key={`p-${item.id}`}>
                <FeedPost post={item} tenant={tenant} companyName={company} moderator={moderator} />
              </li>
            ) : (
              <li key={`a-${item.broadcastId}`}>
                <Link href={`/${tenant}/announcements/${item.broadcastId}`} className="block rounded-lg border border-stone-200 bg-brand-50 p-4 hover:border-brand-600">
                  <span className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
                    <span className="rounded bg-brand-100 px-1.5 text-xs font-semibold text-brand-800">{t("announcement")}</span>
                    {!item.read ? <span className="rounded-full bg-brand-600 px-2 text-xs font-bold text-white">{t("unreadAnnouncement")}</span> : null}
                    <time dateTime={item.createdAt.toISOString()}>{format.dateTime(item.createdAt, { dateStyle: "medium" })}</time>
                  </span>
                  <span className="mt-1 block font-semibold text-stone-900">{subjectOf(item)}</span>
                  <span className="mt-1 block text-sm text-brand-800 underline">{t("readAnnouncement")}</span>
                </Link>
              </li>
            ),
          )}
        </ol>
      )}
      <nav aria-label={t("older")} className="flex gap-3 text-sm">
        {after ? <Link href={base} className="text-brand-800 underline">{t("newest")}</Link> : null}
        {page.next ? <Link href={`${base}?after=${encodeURIComponent(page.next)}`} className="text-brand-800 underline">{t("older")}</Link> : null}
      </nav>
    </div>
  );
}
