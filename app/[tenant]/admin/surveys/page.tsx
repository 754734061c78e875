import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { listSurveys } from "@/lib/surveys/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "analytics.view");
  return { title: (await getTranslations("surveys"))("title") };
}

const STATUS_TONE = { DRAFT: "bg-stone-200 text-stone-800", OPEN: "bg-emerald-100 text-emerald-900", CLOSED: "bg-stone-100 text-stone-600" } as const;

export default async function SurveysPage({ params }: Props) {
  const context = await requireTenantPage((await params).tenant, "analytics.view");
  const [t, format, surveys] = await Promise.all([getTranslations("surveys"), getFormatter(), listSurveys(context)]);
  const base = `/${context.tenant.slug}/admin/surveys`;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-stone-600">{t("lead")}</p>
        </div>
        {context.permissions.has("surveys.manage") ? <Link href={`${base}/new`} className={buttonClasses("primary")}>{t("new")}</Link> : null}
      </div>
      {surveys.length === 0 ? (
        <Card>
          <h2 className="font-semibold">{t("emptyTitle")}</h2>
          <p className="mt-1 text-stone-600">{t("emptyLead")}</p>
        </Card>
      ) : (
        <ul className="flex flex-col gap-3">
          {surveys.map((s) => (
            <li key={s.id}>
              <Link href={`${base}/${s.id}`} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-200 bg-white p-4 hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-700">
                <span className="flex flex-col gap-1">
                  <span className="font-semibold">{s.title}</span>
                  <span className="text-sm text-stone-600">
                    {s.openedAt ? format.dateTime(s.openedAt, { dateStyle: "medium" }) : null}
                    {s.status !== "DRAFT" ? ` · ${t("answeredOf", { answered: s.responses, recipients: s.recipients })}` : null}
                  </span>
                </span>
                <span className="flex items-center gap-2">
                  {s.anonymous ? <span className="rounded-full bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900">{t("anonymousBadge")}</span> : null}
                  <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_TONE[s.status]}`}>{t(`status.${s.status}`)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
