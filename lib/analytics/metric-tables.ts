import "server-only";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { registrationBreakdown, registrationsPerMonth } from "./program-metrics";
import { broadcastReach } from "./broadcast-metrics";
import { boomerangFigures } from "@/lib/opportunities/returns";
import { eventAttendance } from "./event-metrics";
import { rehireFunnel } from "./rehire-metrics";
import { programTrend } from "./trend";

// The dashboard's tables that can be downloaded, each as header + rows for a CSV file.
export const METRIC_TABLES = ["trend", "registrations", "cohorts", "departments", "events", "broadcasts", "pipeline", "returns"] as const;
export type MetricTable = (typeof METRIC_TABLES)[number];

export async function metricTableRows(context: TenantContext, table: MetricTable, header: (key: string) => string, none: string): Promise<string[][]> {
  if (table === "trend") {
    const weeks = await programTrend(context);
    return [
      ["day", "roster", "joined", "alumni", "rate", "active30Rate", "active90Rate"].map(header),
      ...weeks.map((w) => [w.day.toISOString().slice(0, 10), w.roster, w.joined, w.alumni, w.registrationRate, w.active30Rate, w.active90Rate].map(String)),
    ];
  }
  if (table === "events") {
    const { events } = await eventAttendance(context);
    return [
      ["day", "event", "going", "attended", "attendanceRate"].map(header),
      ...events.map((e) => [e.startsAt.toISOString().slice(0, 10), e.title, String(e.going), String(e.attended), String(e.rate)]),
    ];
  }
  if (table === "broadcasts") {
    const { broadcasts } = await broadcastReach(context);
    return [
      ["day", "subject", "emailed", "delivered", "opened", "clicked", "openRate", "clickRate"].map(header),
      ...broadcasts.map((b) => [b.sentAt.toISOString().slice(0, 10), b.subjectJa ?? b.subjectEn ?? "", ...[b.emailed, b.delivered, b.opened, b.clicked, b.openRate, b.clickRate].map(String)]),
    ];
  }
  if (table === "pipeline") {
    const { steps } = await rehireFunnel(context);
    return [["step", "people", "stepRate"].map(header), ...steps.map((s) => [header(`rehireStep.${s.step}`), String(s.reached.count), String(s.reached.rate)])];
  }
  if (table === "returns") {
    const { byYear } = await boomerangFigures(context);
    return [[header("year"), header("returns")], ...byYear.map((r) => [String(r.year), String(r.returns)])];
  }
  if (table === "registrations") {
    const months = await registrationsPerMonth(context, 24);
    return [[header("month"), header("registrations")], ...months.map((m) => [m.month, String(m.count)])];
  }
  const rows = await registrationBreakdown(context, table === "cohorts" ? "leaveYear" : "department");
  return [
    [header(table === "cohorts" ? "leaveYear" : "department"), header("roster"), header("joined"), header("rate")],
    ...rows.map((r) => [r.key ?? none, String(r.roster), String(r.joined), String(r.rate)]),
  ];
}
