import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { surveysForMember } from "@/lib/surveys/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant);
  return { title: (await getTranslations("surveys.portal"))("title") };
}

/** The surveys this alumna is asked to answer, and the ones she already did. */
export default async function MySurveysPage({ params }: Props) {
  const context = await requireTenantPage((await params).tenant);
  const [t, surveys] = await Promise.all([getTranslations("surveys.portal"), surveysForMember(context)]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-600">{t("lead")}</p>
      </div>
      {surveys.length === 0 ? (
        <Card><p className="text-stone-600">{t("none")}</p></Card>
      ) : (
        <ul className="flex flex-col gap-3">
          {surveys.map((s) => (
            <li key={s.id}>
              <Link href={`/${context.tenant.slug}/surveys/${s.id}`} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-200 bg-white p-4 hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-700">
                <span className="flex flex-col gap-1">
                  <span className="font-semibold">{s.title}</span>
                  {s.anonymous ? <span className="text-xs text-stone-600">{t("anonymousHint")}</span> : null}
                </span>
                <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${s.answered ? "bg-emerald-100 text-emerald-900" : "bg-brand-100 text-brand-800"}`}>{s.answered ? t("answered") : t("answer")}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
