import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CannedReplyForm, DeleteCannedReplyButton } from "@/components/inbox/canned-reply-form";
import { Card } from "@/components/ui/card";
import { listCannedReplies } from "@/lib/inbox/canned-replies";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "inbox.manage");
  return { title: (await getTranslations("inbox.canned"))("title") };
}

export default async function CannedRepliesPage({ params }: Props) {
  const { tenant } = await params;
  const context = await requireTenantPage(tenant, "inbox.manage");
  const [t, ta, replies] = await Promise.all([getTranslations("inbox.canned"), getTranslations("inbox.admin"), listCannedReplies(context)]);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Link href={`/${tenant}/admin/inbox`} className="text-sm text-brand-800 underline">{ta("back")}</Link>
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("lead")}</p>
      </div>
      {replies.length ? (
        <ul className="flex flex-col gap-2">
          {replies.map((r) => (
            <li key={r.id} className="flex flex-wrap items-start justify-between gap-2 rounded-lg border border-stone-200 bg-white p-4">
              <div className="min-w-0 flex-1">
                <p className="font-semibold">{r.title}</p>
                <p className="mt-1 text-sm break-words whitespace-pre-wrap text-stone-700">{r.body}</p>
              </div>
              <DeleteCannedReplyButton tenant={tenant} cannedReplyId={r.id} title={r.title} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("empty")}</p>
      )}
      <Card>
        <CannedReplyForm tenant={tenant} />
      </Card>
    </div>
  );
}
