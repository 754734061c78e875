import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { WithdrawInterest } from "@/components/opportunities/interest-form";
import { listMyInterests } from "@/lib/opportunities/interests";
import { listMyReferrals } from "@/lib/opportunities/referrals";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant);
  return { title: (await getTranslations("opportunities.mine"))("title") };
}

export default async function MyInterestsPage({ params }: Props) {
  const { tenant } = await params;
  const context = await requireTenantPage(tenant);
  const [t, tp, format, interests, referrals] = await Promise.all([getTranslations("opportunities.mine"), getTranslations("opportunities.portal"), getFormatter(), listMyInterests(context), listMyReferrals(context)]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: context.tenant.timezone });
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Link href={`/${tenant}/opportunities`} className="text-sm text-brand-800 underline">{tp("back")}</Link>
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("lead")}</p>
      </div>
      {interests.length ? (
        <ul className="flex flex-col gap-3">
          {interests.map((i) => (
            <li key={i.id} className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-stone-200 bg-white p-4">
              <div className="flex flex-col gap-1">
                <p className="font-semibold">
                  {i.posting ? <Link href={`/${tenant}/opportunities/${i.posting.id}`} className="text-brand-800 underline">{i.posting.title}</Link> : t(`kind.${i.kind}`)}
                </p>
                <p className="text-xs text-stone-600">{t("since", { date: date(i.createdAt) })}</p>
                <p className="text-sm"><span className="font-semibold">{t("status")}</span> {i.sharedStatus ?? (i.hired ? t("hired") : t("received"))}</p>
                {i.note ? <p className="whitespace-pre-wrap text-sm text-stone-700">{i.note}</p> : null}
              </div>
              {!i.hired ? <WithdrawInterest tenant={tenant} interestId={i.id} /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("empty")}</p>
      )}
      <section aria-labelledby="my-referrals" className="flex flex-col gap-2">
        <h2 id="my-referrals" className="text-lg font-semibold">{t("referrals")}</h2>
        {referrals.length ? (
          <ul className="flex flex-col gap-2">
            {referrals.map((r) => (
              <li key={r.id} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
                {t("referralLine", { name: r.name, posting: r.posting.title })} — <span className="font-semibold">{t(`referralStatus.${r.status}`)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-700">{t("noReferrals")}</p>
        )}
      </section>
    </div>
  );
}
