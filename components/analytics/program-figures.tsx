import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { invitationFunnel, registrationBreakdown, registrationsPerMonth } from "@/lib/analytics/program-metrics";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { broadcastReach } from "@/lib/analytics/broadcast-metrics";
import { eventAttendance } from "@/lib/analytics/event-metrics";
import { rehireFunnel } from "@/lib/analytics/rehire-metrics";
import { boomerangFigures } from "@/lib/opportunities/returns";
import { programTrend } from "@/lib/analytics/trend";
import { BarTable } from "./bar-table";
import { TrendChart } from "./trend-chart";

/** The admin home's figures: new registrations by month, registration by cohort and department, the invitation funnel. */
export async function ProgramFigures({ context }: { context: TenantContext }) {
  const [t, format, locale, trend, months, cohorts, departments, funnel, attendance, reach, rehire, returns] = await Promise.all([
    getTranslations("metrics"),
    getFormatter(),
    getLocale(),
    programTrend(context),
    registrationsPerMonth(context, 12),
    registrationBreakdown(context, "leaveYear"),
    registrationBreakdown(context, "department"),
    invitationFunnel(context),
    eventAttendance(context),
    broadcastReach(context),
    rehireFunnel(context),
    boomerangFigures(context),
  ]);
  const base = `/${context.tenant.slug}/admin/metrics`;
  const percent = (v: number) => `${format.number(v, { maximumFractionDigits: 1 })}%`;
  const download = (table: string) => (
    <a href={`${base}/${table}`} download className="text-sm font-medium text-brand-800 underline">{t("csv")}</a>
  );
  const monthLabel = (m: string) => format.dateTime(new Date(`${m}-01T00:00:00Z`), { year: "numeric", month: "short", timeZone: "UTC" });
  const rows = trend.map((p) => ({ t: p.day.getTime(), alumni: p.alumni, registrationRate: p.registrationRate, active30Rate: p.active30Rate }));
  const monthAgo = trend.at(-5);
  const now = trend.at(-1)!;
  const change = (v: number, unit: string) => `${v >= 0 ? "+" : "−"}${format.number(Math.abs(v), { maximumFractionDigits: 1 })}${unit}`;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card className="lg:col-span-2">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="font-semibold">{t("trendTitle")}</h2>
          {download("trend")}
        </div>
        {monthAgo ? (
          <p className="mb-3 text-sm text-stone-600">
            {t("trendChange", {
              alumni: change(now.alumni - monthAgo.alumni, ""),
              registration: change(now.registrationRate - monthAgo.registrationRate, t("points")),
              active: change(now.active30Rate - monthAgo.active30Rate, t("points")),
            })}
          </p>
        ) : null}
        <div className="grid gap-4 md:grid-cols-2">
          <TrendChart label={t("trendAlumni")} unit="" rows={rows} series={[{ key: "alumni", name: t("columns.alumni"), color: "#1d4ed8" }]} />
          <TrendChart
            label={t("trendRates")}
            unit="%"
            rows={rows}
            series={[
              { key: "registrationRate", name: t("columns.rate"), color: "#b45309" },
              { key: "active30Rate", name: t("columns.active30Rate"), color: "#15803d" },
            ]}
          />
        </div>
      </Card>
      <Card>
        <div className="mb-2 flex items-baseline justify-between gap-2">
          <h2 className="font-semibold">{t("registrationsTitle")}</h2>
          {download("registrations")}
        </div>
        <BarTable caption={t("registrationsTitle")} labelHeader={t("columns.month")} valueLabel={t("columns.registrations")} rows={months.map((m) => ({ label: monthLabel(m.month), value: m.count }))} />
      </Card>
      <Card>
        <h2 className="mb-2 font-semibold">{t("funnelTitle")}</h2>
        <p className="mb-3 text-xs text-stone-600">{t("funnelLead")}</p>
        <BarTable
          caption={t("funnelTitle")}
          labelHeader={t("columns.step")}
          valueLabel={t("columns.people")}
          max={Math.max(1, funnel.sent)}
          rows={[
            { label: t("funnel.sent"), value: funnel.sent },
            { label: t("funnel.opened"), value: funnel.opened.count, detail: percent(funnel.opened.rate) },
            { label: t("funnel.joined"), value: funnel.joined.count, detail: percent(funnel.joined.rate) },
          ]}
        />
      </Card>
      <Card>
        <div className="mb-2 flex items-baseline justify-between gap-2">
          <h2 className="font-semibold">{t("cohortsTitle")}</h2>
          {download("cohorts")}
        </div>
        <BarTable
          caption={t("cohortsTitle")}
          labelHeader={t("columns.leaveYear")}
          valueLabel={t("columns.rate")}
          format={percent}
          max={100}
          rows={cohorts.slice(0, 12).map((c) => ({ label: c.key ?? t("columns.none"), value: c.rate, detail: `${c.joined}/${c.roster}` }))}
        />
      </Card>
      <Card>
        <div className="mb-2 flex items-baseline justify-between gap-2">
          <h2 className="font-semibold">{t("departmentsTitle")}</h2>
          {download("departments")}
        </div>
        <BarTable
          caption={t("departmentsTitle")}
          labelHeader={t("columns.department")}
          valueLabel={t("columns.rate")}
          format={percent}
          max={100}
          rows={departments.slice(0, 12).map((d) => ({ label: d.key ?? t("columns.none"), value: d.rate, detail: `${d.joined}/${d.roster}` }))}
        />
      </Card>
      {attendance.events.length ? (
        <Card>
          <div className="mb-2 flex items-baseline justify-between gap-2">
            <h2 className="font-semibold">{t("attendanceTitle")}</h2>
            {download("events")}
          </div>
          <p className="mb-3 text-sm text-stone-600">{t("attendanceOverall", { rate: percent(attendance.overall.rate), attended: attendance.overall.count, going: attendance.overall.of })}</p>
          <BarTable
            caption={t("attendanceTitle")}
            labelHeader={t("columns.event")}
            valueLabel={t("columns.attendanceRate")}
            format={percent}
            max={100}
            rows={attendance.events.slice(0, 12).map((e) => ({ label: e.title, value: e.rate, detail: `${e.attended}/${e.going}` }))}
          />
        </Card>
      ) : null}
      {reach.broadcasts.length ? (
        <Card>
          <div className="mb-2 flex items-baseline justify-between gap-2">
            <h2 className="font-semibold">{t("broadcastsTitle")}</h2>
            {download("broadcasts")}
          </div>
          <p className="mb-3 text-sm text-stone-600">{t("broadcastsOverall", { opened: percent(reach.opened.rate), clicked: percent(reach.clicked.rate), delivered: reach.opened.of })}</p>
          <BarTable
            caption={t("broadcastsTitle")}
            labelHeader={t("columns.broadcast")}
            valueLabel={t("columns.openRate")}
            format={percent}
            max={100}
            rows={reach.broadcasts.slice(0, 12).map((b) => ({
              label: (locale === "en" ? (b.subjectEn ?? b.subjectJa) : (b.subjectJa ?? b.subjectEn)) ?? "",
              value: b.openRate,
              detail: t("broadcastDetail", { clicked: percent(b.clickRate) }),
            }))}
          />
        </Card>
      ) : null}
      {rehire.steps[0]!.reached.count ? (
        <Card>
          <div className="mb-2 flex items-baseline justify-between gap-2">
            <h2 className="font-semibold">{t("rehireTitle")}</h2>
            {download("pipeline")}
          </div>
          <p className="mb-3 text-xs text-stone-600">{t("rehireLead")}</p>
          <BarTable
            caption={t("rehireTitle")}
            labelHeader={t("columns.step")}
            valueLabel={t("columns.people")}
            max={Math.max(1, rehire.steps[0]!.reached.count)}
            rows={rehire.steps.map((s, i) => ({ label: t(`columns.rehireStep.${s.step}`), value: s.reached.count, detail: i ? percent(s.reached.rate) : undefined }))}
          />
          <h3 className="mt-4 mb-1 text-sm font-semibold">{t("interestKindsTitle")}</h3>
          <BarTable
            caption={t("interestKindsTitle")}
            labelHeader={t("columns.kind")}
            valueLabel={t("columns.people")}
            rows={rehire.byKind.map((k) => ({ label: t(`interestKind.${k.kind}`), value: k.count }))}
          />
        </Card>
      ) : null}
      {returns.byYear.length ? (
        <Card>
          <div className="mb-2 flex items-baseline justify-between gap-2">
            <h2 className="font-semibold">{t("returnsTitle")}</h2>
            {download("returns")}
          </div>
          {returns.medianMonthsAway !== null ? <p className="mb-3 text-sm text-stone-600">{t("returnsAway", { months: returns.medianMonthsAway })}</p> : null}
          <BarTable
            caption={t("returnsTitle")}
            labelHeader={t("columns.year")}
            valueLabel={t("columns.returns")}
            rows={returns.byYear.map((r) => ({ label: String(r.year), value: r.returns }))}
          />
        </Card>
      ) : null}
    </div>
  );
}
