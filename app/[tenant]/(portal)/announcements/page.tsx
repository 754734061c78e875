import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { MarkAllReadButton } from "@/components/broadcasts/mark-all-read";
import { Card } from "@/components/ui/card";
import { listAnnouncements } from "@/lib/broadcasts/announcements";
import { versionFor } from "@/lib/broadcasts/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ before?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant);
  return { title: (await getTranslations("announcements"))("title") };
}

/** What the company announced to this member, newest first; unread ones stand out. */
export default async function AnnouncementsPage({ params, searchParams }: Props) {
  const [{ tenant }, { before }] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant);
  const [t, format, locale, page] = await Promise.all([getTranslations("announcements"), getFormatter(), getLocale(), listAnnouncements(context, before)]);
  const base = `/${tenant}/announcements`;
  const excerpt = (body: string) => body.replace(/[#*_>`\[\]()!-]/g, "").replace(/\s+/g, " ").trim().slice(0, 140);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-stone-600">{t("lead")}</p>
        </div>
        {page.items.some((i) => !i.read) ? <MarkAllReadButton tenant={tenant} /> : null}
      </div>
      {page.items.length === 0 ? (
        <Card>
          <p className="text-stone-700">{before ? t("noMore") : t("empty")}</p>
        </Card>
      ) : (
        <ul className="flex flex-col gap-3">
          {page.items.map((item) => {
            const version = versionFor(item, locale);
            return (
              <li key={item.deliveryId}>
                <Link href={`${base}/${item.broadcastId}`} className={`block rounded-lg border bg-white p-4 hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-700 ${item.read ? "border-stone-200" : "border-brand-300 shadow-sm"}`}>
                  <span className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
                    {!item.read ? <span className="rounded-full bg-brand-600 px-2 py-0.5 text-xs font-bold text-white">{t("new")}</span> : null}
                    <time dateTime={item.sentAt.toISOString()}>{format.dateTime(item.sentAt, { timeZone: context.tenant.timezone, dateStyle: "medium" })}</time>
                  </span>
                  <span lang={version.locale} className={`mt-1 block ${item.read ? "font-medium" : "font-bold"}`}>{version.subject}</span>
                  <span lang={version.locale} className="mt-1 block text-sm text-stone-600">{excerpt(version.body)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      <nav aria-label={t("pages")} className="flex gap-3 text-sm">
        {before ? <Link href={base} className="text-brand-800 underline">{t("newest")}</Link> : null}
        {page.next ? <Link href={`${base}?before=${page.next}`} className="text-brand-800 underline">{t("older")}</Link> : null}
      </nav>
    </div>
  );
}
