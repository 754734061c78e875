import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { BroadcastStatusBadge } from "@/components/broadcasts/status-badge";
import { listBroadcasts, versionFor } from "@/lib/broadcasts/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "broadcast.draft");
  return { title: (await getTranslations("broadcasts"))("title") };
}

export default async function BroadcastsPage({ params }: Props) {
  const context = await requireTenantPage((await params).tenant, "broadcast.draft");
  const [t, format, locale, broadcasts] = await Promise.all([getTranslations("broadcasts"), getFormatter(), getLocale(), listBroadcasts(context)]);
  const base = `/${context.tenant.slug}/admin/broadcasts`;
  const when = (d: Date) => format.dateTime(d, { timeZone: context.tenant.timezone, dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-stone-600">{t("lead")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {context.permissions.has("broadcast.send") ? <Link href={`${base}/settings`} className={buttonClasses("secondary")}>{t("settingsLink")}</Link> : null}
          <Link href={`${base}/new`} className={buttonClasses("primary")}>{t("new")}</Link>
        </div>
      </div>
      {broadcasts.length === 0 ? (
        <Card>
          <h2 className="font-semibold">{t("emptyTitle")}</h2>
          <p className="mt-1 text-stone-600">{t("emptyLead")}</p>
        </Card>
      ) : (
        <ul className="flex flex-col gap-3">
          {broadcasts.map((b) => {
            const subject = versionFor({ ...b, bodyJa: b.subjectJa, bodyEn: b.subjectEn }, locale).subject || t("untitled");
            const at = b.status === "SCHEDULED" && b.scheduledAt ? t("scheduledFor", { when: when(b.scheduledAt) }) : b.startedAt ? t("sentAt", { when: when(b.startedAt) }) : t("editedAt", { when: when(b.updatedAt) });
            return (
              <li key={b.id}>
                <Link href={`${base}/${b.id}`} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-200 bg-white p-4 hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-700">
                  <span className="flex min-w-0 flex-col gap-1">
                    <span className="font-semibold">{subject}</span>
                    <span className="text-sm text-stone-600">
                      {at}
                      {b.recipientCount !== null ? ` · ${t("recipients", { count: b.recipientCount })}` : null}
                    </span>
                  </span>
                  <BroadcastStatusBadge status={b.status} label={t(`status.${b.status}`)} />
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
