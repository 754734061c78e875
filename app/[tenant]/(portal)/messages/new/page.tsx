import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NewConversationForm } from "@/components/inbox/new-conversation-form";
import { Card } from "@/components/ui/card";
import { CONVERSATION_TOPICS, type ConversationTopicName } from "@/lib/inbox/schema";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ topic?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant);
  return { title: (await getTranslations("inbox"))("new") };
}

export default async function NewMessagePage({ params, searchParams }: Props) {
  const [{ tenant }, { topic }] = await Promise.all([params, searchParams]);
  await requireTenantPage(tenant);
  const t = await getTranslations("inbox");
  const chosen = (CONVERSATION_TOPICS as readonly string[]).includes(topic ?? "") ? (topic as ConversationTopicName) : undefined;
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <Link href={`/${tenant}/messages`} className="text-sm text-brand-800 underline">{t("back")}</Link>
      <h1 className="text-2xl font-bold text-stone-900">{t("new")}</h1>
      <Card>
        <NewConversationForm tenant={tenant} topic={chosen} />
      </Card>
    </div>
  );
}
