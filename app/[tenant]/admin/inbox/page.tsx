import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AutoRefresh } from "@/components/broadcasts/auto-refresh";
import { Button } from "@/components/ui/button";
import { listInbox } from "@/lib/inbox/lists";
import { CONVERSATION_STATUSES, CONVERSATION_TOPICS, inboxFilterSchema } from "@/lib/inbox/schema";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "inbox.manage");
  return { title: (await getTranslations("inbox.admin"))("title") };
}

const selectClass = "rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";

export default async function InboxPage({ params, searchParams }: Props) {
  const [{ tenant }, query] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant, "inbox.manage");
  const filter = inboxFilterSchema.parse(query);
  const [t, ti, format, conversations] = await Promise.all([getTranslations("inbox.admin"), getTranslations("inbox"), getFormatter(), listInbox(context, filter)]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: context.tenant.timezone });
  return (
    <div className="flex flex-col gap-6">
      {/* The shared inbox stays open all day: new conversations and unread counts come in without a reload. */}
      <AutoRefresh seconds={15} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-stone-700">{t("lead")}</p>
        </div>
        <Link href={`/${tenant}/admin/inbox/canned`} className="text-sm text-brand-800 underline">{t("cannedManage")}</Link>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3">
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
          {t("filters.status")}
          <select name="status" defaultValue={filter.status} className={selectClass}>
            {CONVERSATION_STATUSES.map((s) => (
              <option key={s} value={s}>{t(`status.${s}`)}</option>
            ))}
            <option value="ALL">{t("filters.all")}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
          {t("filters.assignee")}
          <select name="assignee" defaultValue={filter.assignee} className={selectClass}>
            <option value="all">{t("filters.everyone")}</option>
            <option value="me">{t("filters.me")}</option>
            <option value="unassigned">{t("filters.unassigned")}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
          {t("filters.topic")}
          <select name="topic" defaultValue={filter.topic} className={selectClass}>
            <option value="ALL">{t("filters.all")}</option>
            {CONVERSATION_TOPICS.map((s) => (
              <option key={s} value={s}>{ti(`topic.${s}`)}</option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary">{t("filters.apply")}</Button>
      </form>
      {conversations.length ? (
        <ul className="flex flex-col gap-2" aria-label={t("title")}>
          {conversations.map((c) => (
            <li key={c.id}>
              <Link href={`/${tenant}/admin/inbox/${c.id}`} className="grid gap-2 rounded-lg border border-stone-200 bg-white p-3 hover:border-brand-600 sm:grid-cols-[1fr_auto] sm:items-center">
                <div className="flex min-w-0 flex-col gap-0.5">
                  <p className="text-sm text-stone-600">
                    <span className="font-semibold text-stone-900">{c.memberName}</span>
                    {c.topic ? ` · ${ti(`topic.${c.topic}`)}` : ""}
                  </p>
                  <p className={`break-words ${c.unread ? "font-bold" : "font-medium"} text-stone-900`}>
                    {c.unread ? <span className="mr-2 rounded-full bg-red-600 px-2 py-0.5 text-xs font-bold text-white">{ti("unread", { count: c.unread })}</span> : null}
                    {c.subject}
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-2 text-xs sm:justify-end">
                  <span className={`rounded px-2 py-0.5 font-semibold ${c.status === "OPEN" ? "bg-amber-100 text-amber-900" : c.status === "WAITING" ? "bg-sky-100 text-sky-900" : "bg-stone-100 text-stone-700"}`}>{t(`status.${c.status}`)}</span>
                  <span className="text-stone-700">{c.assigneeName ?? t("unassigned")}</span>
                  <span className="text-stone-500">{when(c.lastMessageAt)}</span>
                </div>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("empty")}</p>
      )}
    </div>
  );
}
