import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NewDirectForm } from "@/components/direct/new-direct-form";
import { Card } from "@/components/ui/card";
import { directMessagesOn, directRecipient, existingDirect } from "@/lib/inbox/direct";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; profileId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant);
  return { title: (await getTranslations("inbox"))("title") };
}

/**
 * Writing to another alumnus from their page in the directory: the thread the two already have, if any (one pair,
 * one thread), else the first message. Anyone the caller may not write to — staff, themselves, another
 * company's member — is a 404.
 */
export default async function NewDirectPage({ params }: Props) {
  const { tenant, profileId } = await params;
  const context = await requireTenantPage(tenant, "directory.read");
  const recipient = await directRecipient(context, profileId);
  if (!recipient) {
    notFound();
  }
  const existing = await existingDirect(context, recipient.membershipId);
  if (existing) {
    redirect(`/${tenant}/messages/${existing}`);
  }
  const [t, on] = await Promise.all([getTranslations("inbox"), directMessagesOn(context.tenant.id)]);
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <Link href={`/${tenant}/people/${profileId}`} className="text-sm text-brand-800 underline">{recipient.name}</Link>
      <h1 className="text-2xl font-bold break-words text-stone-900">{t("direct.composeTitle", { name: recipient.name })}</h1>
      <p className="text-sm text-stone-600">{t("direct.private")}</p>
      <Card>{on ? <NewDirectForm tenant={tenant} profileId={profileId} /> : <p className="text-sm text-stone-700" role="status">{t("direct.refused.off")}</p>}</Card>
    </div>
  );
}
