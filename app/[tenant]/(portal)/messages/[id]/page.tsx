import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BlockForm } from "@/components/direct/block-form";
import { LiveThread } from "@/components/inbox/live-thread";
import { MemberReplyForm } from "@/components/inbox/member-reply-form";
import { Card } from "@/components/ui/card";
import { blockBetween, directMessagesOn, directPeer } from "@/lib/inbox/direct";
import { openConversation } from "@/lib/inbox/thread";
import { db } from "@/lib/db";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { requireTenantPage } from "@/lib/tenancy/guard";
import type { TenantContext } from "@/lib/tenancy/resolve";

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
  if (conversation.kind === "DIRECT") {
    return <DirectConversation context={context} id={id} messages={messages} status={conversation.status} />;
  }
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

type DirectProps = { context: TenantContext; id: string; messages: NonNullable<Awaited<ReturnType<typeof openConversation>>>["messages"]; status: string };

/**
 * A conversation between two alumni (decisions/022): the other person, the thread with "report" on their messages,
 * and the reply box — or why there is none (the company turned these off, a block, the person is gone).
 */
async function DirectConversation({ context, id, messages, status }: DirectProps) {
  const tenant = context.tenant.slug;
  const peer = await directPeer(context, id);
  if (!peer) {
    notFound();
  }
  const [t, locale, on, block, peerIsAlumnus] = await Promise.all([
    getTranslations("inbox"),
    getLocale(),
    directMessagesOn(context.tenant.id),
    blockBetween(db, context.tenant.id, context.membership.id, peer.membershipId),
    db.membership.count({ where: { tenantId: context.tenant.id, id: peer.membershipId, role: "ALUMNI" } }),
  ]);
  // The blocked person hears no more than "you can't write here"; the blocker is reminded of their own block.
  const notice = !on ? t("direct.offNote") : block.byMe ? t("direct.blockedByMe", { name: peer.name }) : block.byThem || !peer.active || !peerIsAlumnus ? t("direct.cannotWrite") : null;
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <Link href={`/${tenant}/messages`} className="text-sm text-brand-800 underline">{t("back")}</Link>
      <div>
        <h1 className="text-2xl font-bold break-words text-stone-900">
          {peer.profileId && peer.active ? <Link href={`/${tenant}/people/${peer.profileId}`} className="hover:underline">{t("direct.with", { name: peer.name })}</Link> : t("direct.with", { name: peer.name })}
        </h1>
        <p className="mt-1 text-sm text-stone-600">
          <span className="mr-2 rounded bg-brand-100 px-2 py-0.5 text-xs text-brand-900">{t("direct.badge")}</span>
          {t("direct.private")}
        </p>
      </div>
      <LiveThread messages={messages} status={status} pollUrl={`/${tenant}/messages/${id}/updates`} company={tenantDisplayName(context.tenant, locale)} timeZone={context.tenant.timezone} side="member" reportIn={tenant} />
      <p className="text-xs text-stone-500">{t("live")}</p>
      <Card>
        {notice ? <p className="text-sm text-stone-700" role="status">{notice}</p> : <MemberReplyForm tenant={tenant} conversationId={id} />}
      </Card>
      <BlockForm tenant={tenant} membershipId={peer.membershipId} name={peer.name} blocked={block.byMe} />
    </div>
  );
}
