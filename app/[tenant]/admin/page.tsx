import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import { getNetworkCounts } from "@/lib/alumni/queries";
import { rosterCounts } from "@/lib/roster/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

// Guarded like the page, so a 404 does not carry this page's title.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "admin.view");
  return { title: (await getTranslations("admin"))("dashboard") };
}

const FIRST_STEPS = ["purpose", "roster", "team", "message"] as const;

export default async function AdminDashboardPage({ params }: Props) {
  const context = await requireTenantPage((await params).tenant, "admin.view");
  const [t, counts, roster] = await Promise.all([getTranslations("admin"), getNetworkCounts(context), rosterCounts(context)]);
  const activeRate = counts.alumni ? Math.round((counts.active30 / counts.alumni) * 100) : 0;
  const registrationRate = roster.total ? Math.round((roster.joined / roster.total) * 1000) / 10 : 0;
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">{t("dashboard")}</h1>
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
        <Stat label={t("registeredAlumni")} value={String(counts.alumni)} />
        <Stat label={t("registrationRate")} value={`${registrationRate}%`} hint={t("ofRoster", { joined: roster.joined, total: roster.total })} />
        <Stat label={t("active30")} value={String(counts.active30)} hint={t("activeRate", { rate: activeRate })} />
        <Stat label={t("staff")} value={String(counts.staff)} />
      </dl>
      {counts.alumni === 0 ? (
        <Card>
          <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
          <p className="mt-1 text-stone-600">{t("emptyLead")}</p>
          <ol className="mt-4 list-decimal space-y-2 pl-5 text-stone-800">
            {FIRST_STEPS.map((step) => (
              <li key={step}>{t(`firstSteps.${step}`)}</li>
            ))}
          </ol>
        </Card>
      ) : null}
    </div>
  );
}
