import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { KindIcon } from "@/components/notifications/kind-icon";
import { MarkAllRead } from "@/components/notifications/mark-all-read";
import { listNotifications } from "@/lib/notifications/read";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant);
  return { title: (await getTranslations("notifications"))("title") };
}

/** The person's notifications in this company, newest first; opening one marks it read (decisions/024). */
export default async function NotificationsPage({ params }: Props) {
  const { tenant } = await params;
  const context = await requireTenantPage(tenant);
  const [t, format, locale, lines] = await Promise.all([getTranslations("notifications"), getFormatter(), getLocale(), listNotifications(context)]);
  const company = tenantDisplayName(context.tenant, locale);
  const unread = lines.some((l) => !l.read);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="max-w-xl">
          <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
          <p className="mt-1 text-stone-700">{t("lead")}</p>
          <Link href={`/${tenant}/preferences`} className="mt-1 inline-block text-sm text-brand-800 underline">{t("settings")}</Link>
        </div>
        {unread ? <MarkAllRead tenant={tenant} /> : null}
      </div>
      {lines.length ? (
        <ul className="flex flex-col gap-2">
          {lines.map((line) => {
            const title = t(`kinds.${line.kind}`, { actor: line.actor ?? company });
            return (
              <li key={line.id}>
                {/* A plain link, never prefetched: only opening it marks it read. */}
                <a href={`/${tenant}/notifications/${line.id}`} className={`flex items-start gap-3 rounded-lg border p-4 hover:border-brand-600 ${line.read ? "border-stone-200 bg-white" : "border-brand-600 bg-brand-50"}`}>
                  <KindIcon kind={line.kind} label={t(`kindLabels.${line.kind}`)} />
                  <div className="flex min-w-0 flex-1 flex-col gap-1">
                    <p className={`break-words text-stone-900 ${line.read ? "" : "font-bold"}`}>
                      {title}
                      {line.count > 1 ? <span className="ml-1 text-sm font-normal text-stone-600">{t("more", { count: line.count - 1 })}</span> : null}
                    </p>
                    {line.excerpt ? <p className="line-clamp-2 text-sm break-words whitespace-pre-wrap text-stone-700">{line.excerpt}</p> : null}
                    <p className="text-xs text-stone-600">
                      <time dateTime={line.updatedAt.toISOString()}>{format.dateTime(line.updatedAt, { dateStyle: "medium", timeStyle: "short", timeZone: context.tenant.timezone })}</time>
                    </p>
                  </div>
                  {line.read ? null : <span className="rounded-full bg-red-600 px-2 py-0.5 text-xs font-bold text-white">{t("unread")}</span>}
                </a>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("empty")}</p>
      )}
    </div>
  );
}
