import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GeneralInterestForm } from "@/components/opportunities/general-interest-form";
import { PostingCard } from "@/components/opportunities/posting-card";
import { Card } from "@/components/ui/card";
import { listMyInterests } from "@/lib/opportunities/interests";
import { listPostingsForMember } from "@/lib/opportunities/queries";
import { POSTING_KINDS, type PostingKindName } from "@/lib/opportunities/schema";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ kind?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant);
  return { title: (await getTranslations("opportunities.portal"))("title") };
}

export default async function OpportunitiesPage({ params, searchParams }: Props) {
  const [{ tenant }, { kind: asked }] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant);
  const kind = POSTING_KINDS.find((k) => k === asked) as PostingKindName | undefined;
  const [t, tk, ti, postings, mine] = await Promise.all([getTranslations("opportunities.portal"), getTranslations("opportunities.kind"), getTranslations("inbox"), listPostingsForMember(context, kind), listMyInterests(context)]);
  const standing = (k: string) => mine.some((i) => i.kind === k && !i.hired);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
          <p className="mt-1 text-stone-700">{t("lead")}</p>
        </div>
        <Link href={`/${tenant}/opportunities/mine`} className="text-sm font-semibold text-brand-800 underline">{t("mineLink", { count: mine.length })}</Link>
      </div>
      <nav aria-label={t("filter")} className="flex flex-wrap gap-1 border-b border-stone-200">
        {[undefined, ...POSTING_KINDS].map((k) => (
          <Link
            key={k ?? "all"}
            href={`/${tenant}/opportunities${k ? `?kind=${k}` : ""}`}
            aria-current={k === kind ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${k === kind ? "border-brand-700 text-stone-900" : "border-transparent text-stone-600 hover:text-stone-900"}`}
          >
            {k ? tk(k) : t("all")}
          </Link>
        ))}
      </nav>
      {postings.length ? (
        <ul className="flex flex-col gap-3">
          {postings.map((p) => (
            <PostingCard key={p.id} tenant={tenant} timeZone={context.tenant.timezone} posting={p} />
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("empty")}</p>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <Card><GeneralInterestForm tenant={tenant} kind="CASUAL_CHAT" standing={standing("CASUAL_CHAT")} /></Card>
        <Card><GeneralInterestForm tenant={tenant} kind="OPEN_TO_RETURN" standing={standing("OPEN_TO_RETURN")} /></Card>
      </div>
      <p className="text-sm text-stone-600">{t("privacy")}</p>
      <p className="text-sm text-stone-700">
        {ti("fromOpportunities")} <Link href={`/${tenant}/messages/new?topic=CASUAL_CHAT`} className="text-brand-800 underline">{ti("write")}</Link>
      </p>
    </div>
  );
}
