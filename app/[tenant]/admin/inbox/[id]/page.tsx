import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AssignForm } from "@/components/inbox/assign-form";
import { LiveThread } from "@/components/inbox/live-thread";
import { StaffReplyForm } from "@/components/inbox/staff-reply-form";
import { StatusForm } from "@/components/inbox/status-form";
import { Card } from "@/components/ui/card";
import { listCannedReplies } from "@/lib/inbox/canned-replies";
import { inboxStaff } from "@/lib/inbox/people";
import { openConversation } from "@/lib/inbox/thread";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "inbox.manage");
  return { title: (await getTranslations("inbox.admin"))("title") };
}

export default async function InboxConversationPage({ params }: Props) {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant, "inbox.manage");
  const opened = await openConversation(context, "staff", id);
  if (!opened) {
    notFound();
  }
  const { conversation, messages } = opened;
  const [t, ti, format, locale, staff, canned] = await Promise.all([getTranslations("inbox.admin"), getTranslations("inbox"), getFormatter(), getLocale(), inboxStaff(context), listCannedReplies(context)]);
  return (
    <div className="flex flex-col gap-4">
      <Link href={`/${tenant}/admin/inbox`} className="text-sm text-brand-800 underline">{t("back")}</Link>
      <div>
        <h1 className="text-2xl font-bold break-words">{conversation.subject}</h1>
        <p className="mt-1 text-sm text-stone-700">
          <span className="font-semibold">{conversation.memberName}</span>
          {conversation.memberDepartment ? ` · ${conversation.memberDepartment}` : ""} · {conversation.memberEmail}
        </p>
        <p className="text-xs text-stone-600">
          {conversation.topic ? `${ti(`topic.${conversation.topic}`)} · ` : ""}
          {t("startedOn", { date: format.dateTime(conversation.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: context.tenant.timezone }) })}
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
        <div className="flex min-w-0 flex-col gap-4">
          <LiveThread messages={messages} status={conversation.status} pollUrl={`/${tenant}/admin/inbox/${id}/updates`} company={tenantDisplayName(context.tenant, locale)} timeZone={context.tenant.timezone} side="staff" />
          <Card>
            <StaffReplyForm tenant={tenant} conversationId={id} canned={canned} />
          </Card>
        </div>
        <aside aria-label={t("handling")} className="flex flex-col gap-4 lg:order-none">
          <Card className="p-4">
            <StatusForm tenant={tenant} conversationId={id} status={conversation.status} />
          </Card>
          <Card className="p-4">
            <AssignForm tenant={tenant} conversationId={id} assigneeId={conversation.assigneeId} staff={staff} />
          </Card>
        </aside>
      </div>
    </div>
  );
}
