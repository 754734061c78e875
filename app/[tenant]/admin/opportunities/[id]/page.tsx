import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { KindBadge, StatusBadge } from "@/components/opportunities/posting-badges";
import { PostingForm } from "@/components/opportunities/posting-form";
import { PostingStatusButton } from "@/components/opportunities/posting-status-button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { postingFormValues } from "@/lib/opportunities/form-values";
import { getPostingForAdmin } from "@/lib/opportunities/queries";
import { listSegments } from "@/lib/segments/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant, "opportunities.manage");
  const posting = await getPostingForAdmin(context, id);
  return { title: posting?.title ?? (await getTranslations("opportunities.admin"))("title") };
}

export default async function AdminPostingPage({ params, searchParams }: Props) {
  const [{ tenant, id }, { created }] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant, "opportunities.manage");
  const posting = await getPostingForAdmin(context, id);
  if (!posting) {
    notFound();
  }
  const [t, segments] = await Promise.all([getTranslations("opportunities.admin"), listSegments(context)]);
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <Link href={`/${tenant}/admin/opportunities`} className="text-sm text-brand-800 underline">{t("back")}</Link>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-bold">{posting.title}</h1>
        <KindBadge kind={posting.kind} />
        <StatusBadge status={posting.status} />
      </div>
      <FormAlert tone="success" message={created ? t("createdDone") : undefined} />
      <Card className="flex flex-col gap-3">
        <p className="text-sm text-stone-700">{t(`statusLead.${posting.status}`)}</p>
        <PostingStatusButton tenant={tenant} postingId={posting.id} status={posting.status} />
        {context.permissions.has("pipeline.read") ? (
          <Link href={`/${tenant}/admin/pipeline?posting=${posting.id}`} className="text-sm text-brand-800 underline">{t("interestsLink")}</Link>
        ) : null}
      </Card>
      <Card>
        <PostingForm tenant={tenant} initial={postingFormValues(posting, context.tenant.timezone)} segments={segments.map((s) => ({ id: s.id, name: s.name }))} />
      </Card>
    </div>
  );
}
