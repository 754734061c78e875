import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BlockForm } from "@/components/direct/block-form";
import { buttonClasses } from "@/components/ui/button";
import { listMyBlocks } from "@/lib/inbox/direct";
import { listMyConversations } from "@/lib/inbox/lists";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant);
  return { title: (await getTranslations("inbox"))("title") };
}

export default async function MessagesPage({ params }: Props) {
  const { tenant } = await params;
  const context = await requireTenantPage(tenant);
  const [t, format, locale, conversations, blocks] = await Promise.all([getTranslations("inbox"), getFormatter(), getLocale(), listMyConversations(context), listMyBlocks(context)]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: context.tenant.timezone });
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="max-w-xl">
          <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
          <p className="mt-1 text-stone-700">{t("lead", { company: tenantDisplayName(context.tenant, locale) })}</p>
          {context.membership.role === "ALUMNI" ? <p className="mt-1 text-sm text-stone-600">{t("direct.hint")}</p> : null}
        </div>
        <Link href={`/${tenant}/messages/new`} className={buttonClasses()}>{t("new")}</Link>
      </div>
      {conversations.length ? (
        <ul className="flex flex-col gap-2">
          {conversations.map((c) => (
            <li key={c.id}>
              <Link href={`/${tenant}/messages/${c.id}`} className="flex flex-wrap items-start justify-between gap-2 rounded-lg border border-stone-200 bg-white p-4 hover:border-brand-600">
                <div className="flex min-w-0 flex-col gap-1">
                  <p className={`break-words ${c.unread ? "font-bold" : "font-semibold"} text-stone-900`}>{c.peerName !== null ? t("direct.with", { name: c.peerName }) : c.subject}</p>
                  <p className="text-xs text-stone-600">
                    <span className={`mr-1 rounded px-1.5 py-0.5 ${c.kind === "DIRECT" ? "bg-brand-100 text-brand-900" : "bg-stone-100 text-stone-700"}`}>{c.kind === "DIRECT" ? t("direct.badge") : t("direct.companyBadge")}</span>
                    {c.topic ? `${t(`topic.${c.topic}`)} · ` : ""}
                    {t("updated", { date: when(c.lastMessageAt) })}
                  </p>
                </div>
                <div className="flex items-center gap-2 text-xs">
                  {c.unread ? <span className="rounded-full bg-red-600 px-2 py-0.5 font-bold text-white">{t("unread", { count: c.unread })}</span> : null}
                  {c.kind === "COMPANY" ? <span className={`rounded px-2 py-0.5 ${c.status === "WAITING" ? "bg-brand-100 text-brand-900" : "bg-stone-100 text-stone-700"}`}>{t(`memberStatus.${c.status}`)}</span> : null}
                </div>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("empty")}</p>
      )}
      {blocks.length ? (
        <section aria-labelledby="blocked-heading" className="flex flex-col gap-2">
          <h2 id="blocked-heading" className="text-lg font-semibold text-stone-900">{t("direct.blockedList")}</h2>
          <ul className="flex flex-col gap-2">
            {blocks.map((b) => (
              <li key={b.membershipId} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-stone-200 bg-white p-3">
                <div>
                  <p className="font-semibold text-stone-900">{b.name}</p>
                  <p className="text-xs text-stone-600">{t("direct.blockedOn", { date: when(b.createdAt) })}</p>
                </div>
                <BlockForm tenant={tenant} membershipId={b.membershipId} name={b.name} blocked />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
