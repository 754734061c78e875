import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/markdown";
import { openAnnouncement } from "@/lib/broadcasts/announcements";
import { versionFor } from "@/lib/broadcasts/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant);
  return { title: (await getTranslations("announcements"))("title") };
}

/** One announcement in the reader's language (else the other one written); opening it marks it read. */
export default async function AnnouncementPage({ params }: Props) {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant);
  const announcement = await openAnnouncement(context, id);
  if (!announcement) {
    notFound();
  }
  const [t, format, locale] = await Promise.all([getTranslations("announcements"), getFormatter(), getLocale()]);
  const version = versionFor(announcement, locale);
  return (
    <article lang={version.locale} className="flex flex-col gap-4">
      <Link href={`/${tenant}/announcements`} className="text-sm text-brand-800 underline">← {t("title")}</Link>
      <header>
        <time dateTime={announcement.sentAt.toISOString()} className="text-sm text-stone-600">
          {format.dateTime(announcement.sentAt, { timeZone: context.tenant.timezone, dateStyle: "long", timeStyle: "short" })}
        </time>
        <h1 className="mt-1 text-2xl font-bold">{version.subject}</h1>
      </header>
      <div className="rounded-lg border border-stone-200 bg-white p-6">
        <Markdown source={version.body} />
      </div>
      <p className="text-sm text-stone-600">
        <Link href={`/${tenant}/preferences`} className="text-brand-800 underline">{t("preferencesLink")}</Link>
      </p>
    </article>
  );
}
