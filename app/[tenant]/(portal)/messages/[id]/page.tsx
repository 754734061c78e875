import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LiveThread } from "@/components/inbox/live-thread";
import { MemberReplyForm } from "@/components/inbox/member-reply-form";
import { Card } from "@/components/ui/card";
import { openConversation } from "@/lib/inbox/thread";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant);
  return { title: (await getTranslations("inbox"))("title") };
}

export default async function ConversationPage({ params }: Props) {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant);
  const opened = await openConversation(context, "member", id);
  if (!opened) {
    notFound();
  }
  const { conversation, messages } = opened;
  const [t, locale] = await Promise.all([getTranslations("inbox"), getLocale()]);
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <Link href={`/${tenant}/messages`} className="text-sm text-brand-800 underline">{t("back")}</Link>
      <div>
        <h1 className="text-2xl font-bold break-words text-stone-900">{conversation.subject}</h1>
        <p className="mt-1 text-sm text-stone-600">
          {conversation.topic ? `${t(`topic.${conversation.topic}`)} · ` : ""}
          {t(`memberStatus.${conversation.status}`)}
        </p>
      </div>
      <LiveThread messages={messages} status={conversation.status} pollUrl={`/${tenant}/messages/${id}/updates`} company={tenantDisplayName(context.tenant, locale)} timeZone={context.tenant.timezone} side="member" />
      <p className="text-xs text-stone-500">{t("live")}</p>
      <Card>
        {conversation.status === "CLOSED" ? <p className="mb-3 text-sm text-stone-700">{t("closedNote")}</p> : null}
        <MemberReplyForm tenant={tenant} conversationId={id} />
      </Card>
    </div>
  );
}
