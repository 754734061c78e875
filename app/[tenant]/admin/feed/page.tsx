import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/feed/action-button";
import { FeedPost } from "@/components/feed/feed-post";
import { FeedSettingsForm } from "@/components/feed/feed-settings-form";
import { PostComposer } from "@/components/feed/post-composer";
import { decideReportAction } from "@/lib/actions/feed-staff";
import { alumniMayPost } from "@/lib/feed/access";
import { listPostsForStaff } from "@/lib/feed/queries";
import { listOpenReports } from "@/lib/feed/reports";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ after?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "feed.manage");
  return { title: (await getTranslations("feed.admin"))("title") };
}

/** Staff's feed desk: the company's setting, a post for the company, the report queue, every post (hidden ones too). */
export default async function AdminFeedPage({ params, searchParams }: Props) {
  const [{ tenant }, { after }] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant, "feed.manage");
  const [t, format, locale, reports, posts, allowed] = await Promise.all([
    getTranslations("feed.admin"),
    getFormatter(),
    getLocale(),
    listOpenReports(context),
    listPostsForStaff(context, after),
    alumniMayPost(context.tenant.id),
  ]);
  const base = `/${tenant}/admin/feed`;
  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("lead")}</p>
      </div>
      {context.permissions.has("settings.manage") ? (
        <section aria-labelledby="feed-settings" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="feed-settings" className="mb-2 font-semibold">{t("settings")}</h2>
          <FeedSettingsForm tenant={tenant} alumniMayPost={allowed} />
        </section>
      ) : null}
      {after ? null : <PostComposer tenant={tenant} asCompany />}
      <section aria-labelledby="feed-reports">
        <h2 id="feed-reports" className="text-lg font-semibold">{t("reports", { count: reports.length })}</h2>
        {reports.length === 0 ? (
          <p className="mt-2 text-stone-600">{t("noReports")}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-3">
            {reports.map((r) => (
              <li key={r.id} className="rounded-lg border border-amber-300 bg-white p-4 text-sm">
                <p className="text-stone-600">
                  {r.commentId ? t("reportedComment", { name: r.author }) : t("reportedPost", { name: r.author })} · {t("reportedBy", { name: r.reporter })} ·{" "}
                  <time dateTime={r.createdAt.toISOString()}>{format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                  {r.hidden ? ` · ${t("hidden")}` : ""}
                </p>
                <p className="mt-1 font-medium text-stone-900">{t("reason", { reason: r.reason })}</p>
                <blockquote className="mt-2 border-l-4 border-stone-200 pl-3 break-words whitespace-pre-wrap text-stone-800">{r.text}</blockquote>
                <div className="mt-2 flex flex-wrap gap-1">
                  <ActionButton action={decideReportAction} fields={{ tenant, reportId: r.id, decision: "DISMISS" }} label={t("dismiss")} variant="secondary" />
                  {!r.hidden ? <ActionButton action={decideReportAction} fields={{ tenant, reportId: r.id, decision: "HIDE" }} label={t("hidePost")} variant="secondary" /> : null}
                  <ActionButton action={decideReportAction} fields={{ tenant, reportId: r.id, decision: "DELETE" }} label={t("deleteIt")} confirm={t("deleteConfirm")} variant="secondary" />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="feed-posts">
        <h2 id="feed-posts" className="text-lg font-semibold">{t("posts")}</h2>
        {posts.items.length === 0 ? <p className="mt-2 text-stone-600">{t("noPosts")}</p> : null}
        <ol className="mt-2 flex flex-col gap-4">
          {posts.items.map((post) => (
            <li key={post.id}>
              <FeedPost post={post} tenant={tenant} companyName={tenantDisplayName(context.tenant, locale)} moderator />
            </li>
          ))}
        </ol>
        <nav className="mt-3 flex gap-3 text-sm">
          {after ? <Link href={base} className="text-brand-800 underline">{(await getTranslations("feed"))("newest")}</Link> : null}
          {posts.next ? <Link href={`${base}?after=${encodeURIComponent(posts.next)}`} className="text-brand-800 underline">{(await getTranslations("feed"))("older")}</Link> : null}
        </nav>
      </section>
    </div>
  );
}
