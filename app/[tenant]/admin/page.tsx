import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProgramFigures } from "@/components/analytics/program-figures";
import { ProgramHealth } from "@/components/playbook/program-health";
import { SetupChecklist } from "@/components/playbook/setup/setup-checklist";
import { StateBadge } from "@/components/members/state-badge";
import { Card } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import { countStaff } from "@/lib/alumni/queries";
import { headlineMetrics } from "@/lib/analytics/program-metrics";
import type { AlumniState } from "@/lib/members/filters";
import { alumniStateCounts } from "@/lib/members/state-counts";
import { getSetup } from "@/lib/playbook/setup/state";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

// Guarded like the page, so a 404 does not carry this page's title.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "admin.view");
  return { title: (await getTranslations("admin"))("dashboard") };
}

const FIRST_STEPS = ["purpose", "roster", "team", "message"] as const;

// The states that ask something of HR, in the order they come up.
const TO_DO: readonly AlumniState[] = ["notInvited", "bounced", "expired", "pending", "scheduled", "invited", "suspended"];

export default async function AdminDashboardPage({ params }: Props) {
  const context = await requireTenantPage((await params).tenant, "admin.view");
  const canSeeAlumni = context.permissions.has("alumni.read");
  // Every count here comes from indexes alone, each once per request (docs/decisions/014-dashboard-at-scale.md).
  const [t, staff, headline, states, setup] = await Promise.all([
    getTranslations("admin"),
    countStaff(context),
    headlineMetrics(context),
    canSeeAlumni ? alumniStateCounts(context) : null,
    context.permissions.has("settings.manage") ? getSetup(context) : null,
  ]);
  const base = `/${context.tenant.slug}/admin/alumni`;
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">{t("dashboard")}</h1>
      {setup && !setup.complete ? <SetupChecklist tenant={context.tenant.slug} setup={setup} /> : null}
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-5">
        <Stat label={t("registeredAlumni")} value={String(headline.alumni)} />
        <Stat label={t("registrationRate")} value={`${headline.registration.rate}%`} hint={t("ofRoster", { joined: headline.registration.count, total: headline.registration.of })} />
        <Stat label={t("active30")} value={`${headline.active30.rate}%`} hint={t("activeCount", { count: headline.active30.count })} />
        <Stat label={t("active90")} value={`${headline.active90.rate}%`} hint={t("activeCount", { count: headline.active90.count })} />
        <Stat label={t("staff")} value={String(staff)} />
      </dl>
      {states && TO_DO.some((s) => states[s] > 0) ? (
        <section aria-labelledby="where-people-stand">
          <h2 id="where-people-stand" className="text-lg font-semibold">{t("whereTheyStand")}</h2>
          <p className="mt-1 text-sm text-stone-600">{t("whereTheyStandLead")}</p>
          <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
            {TO_DO.map((state) => (
              <li key={state}>
                <Link href={`${base}?status=${state}`} className="flex h-full flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3 hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-700">
                  <StateBadge state={state} />
                  <span className="text-xl font-bold tabular-nums">{states[state]}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {context.permissions.has("analytics.view") && headline.registration.of > 0 ? <ProgramHealth context={context} /> : null}
      {context.permissions.has("analytics.view") && headline.registration.of > 0 ? <ProgramFigures context={context} /> : null}
      {headline.alumni === 0 && (!setup || setup.complete) ? (
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
