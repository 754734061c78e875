import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/markdown";
import { InterestForm } from "@/components/opportunities/interest-form";
import { KindBadge } from "@/components/opportunities/posting-badges";
import { ReferralForm } from "@/components/opportunities/referral-form";
import { Card } from "@/components/ui/card";
import { isTakingInterest } from "@/lib/opportunities/audience";
import { getPostingForMember } from "@/lib/opportunities/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant);
  const posting = await getPostingForMember(context, id);
  return { title: posting?.title ?? (await getTranslations("opportunities.portal"))("title") };
}

export default async function OpportunityPage({ params }: Props) {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant);
  const posting = await getPostingForMember(context, id);
  if (!posting) {
    notFound();
  }
  const [t, format] = await Promise.all([getTranslations("opportunities.portal"), getFormatter()]);
  const open = isTakingInterest(posting);
  const facts = [
    [t("department"), posting.department],
    [t("location"), [posting.location, posting.remote ? t("remote") : null].filter(Boolean).join(" · ") || null],
    [t("terms"), posting.terms],
    [t("contact"), posting.contactPerson],
    [t("closes"), posting.closesAt ? format.dateTime(posting.closesAt, { dateStyle: "long", timeZone: context.tenant.timezone }) : null],
  ].filter((f): f is [string, string] => !!f[1]);
  return (
    <div className="flex max-w-3xl flex-col gap-5">
      <Link href={`/${tenant}/opportunities`} className="text-sm text-brand-800 underline">{t("back")}</Link>
      <div className="flex flex-wrap items-center gap-2">
        <KindBadge kind={posting.kind} />
        {!open ? <span className="rounded bg-stone-200 px-2 py-0.5 text-xs font-semibold text-stone-800">{t("closed")}</span> : null}
      </div>
      <h1 className="text-2xl font-bold text-stone-900">{posting.title}</h1>
      {facts.length ? (
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold text-stone-700">{label}</dt>
              <dd className="whitespace-pre-wrap">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {posting.description ? <Markdown source={posting.description} /> : null}
      <Card>
        <InterestForm tenant={tenant} postingId={posting.id} mine={posting.myInterest} open={open} />
        {posting.myInterest?.sharedStatus ? <p className="mt-3 text-sm"><span className="font-semibold">{t("sharedStatus")}</span> {posting.myInterest.sharedStatus}</p> : null}
      </Card>
      {open ? <Card><ReferralForm tenant={tenant} postingId={posting.id} /></Card> : null}
      <p className="text-sm text-stone-600">{t("privacy")}</p>
    </div>
  );
}
