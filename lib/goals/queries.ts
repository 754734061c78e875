import "server-only";
import { db } from "@/lib/db";
import type { GoalMetric } from "@/lib/generated/prisma/enums";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { localToday } from "@/lib/time/zoned";
import { liveFigures } from "./live";
import { isRate, metricValue } from "./metrics";
import { goalStatus, plannedValue, type GoalStatus, type Point } from "./projection";
import { snapshotsSince, type Snapshot } from "./snapshots";

const DAY = 86_400_000;

type GoalRow = { id: string; metric: GoalMetric; target: number; baseline: number; startOn: Date; dueOn: Date; title: string | null };

export type GoalView = GoalRow & {
  current: number;
  projected: number | null;
  planned: number;
  status: GoalStatus;
  points: Point[];
};

/**
 * The company's figures day by day from `from`, ending with today's, counted live: stored snapshots cover the
 * closed days (and today as of the last hourly run); the live count makes a goal set a minute ago show at once.
 */
async function seriesSince(context: TenantContext, from: Date): Promise<Snapshot[]> {
  const today = localToday(context.tenant.timezone);
  const [stored, live] = await Promise.all([snapshotsSince(context.tenant.id, from), liveFigures(context)]);
  return [...stored.filter((s) => s.day < today), { day: today, ...live }];
}

function view(goal: GoalRow, series: Snapshot[], today: Date): GoalView {
  const points = series.filter((s) => s.day >= new Date(goal.startOn.getTime() - 90 * DAY)).map((s) => ({ day: s.day, value: metricValue(goal.metric, s) }));
  const current = points.at(-1)?.value ?? goal.baseline;
  const { status, projected } = goalStatus(goal, points, today);
  // A trend carried on for years can run past what the figure can be: no rate above 100 %, nothing below 0.
  const bounded = projected === null ? null : Math.min(isRate(goal.metric) ? 100 : Infinity, Math.max(0, projected));
  return { ...goal, current, projected: bounded, planned: plannedValue(goal, today), status, points };
}

const goalSelect = { id: true, metric: true, target: true, baseline: true, startOn: true, dueOn: true, title: true } as const;

/** The company's goals, nearest due date first, each with where it stands. */
export async function listGoals(context: TenantContext): Promise<GoalView[]> {
  const goals = await db.goal.findMany({ where: { tenantId: context.tenant.id }, orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }], select: goalSelect });
  if (goals.length === 0) {
    return [];
  }
  const earliest = new Date(Math.min(...goals.map((g) => g.startOn.getTime())) - 90 * DAY);
  const series = await seriesSince(context, earliest);
  const today = localToday(context.tenant.timezone);
  return goals.map((g) => view(g, series, today));
}

/** One goal with its chart data and its reviews, newest first; null for another company's goal. */
export async function getGoal(context: TenantContext, id: string) {
  const goal = await db.goal.findFirst({
    where: { id, tenantId: context.tenant.id },
    select: { ...goalSelect, reviews: { orderBy: [{ reviewedOn: "desc" }, { createdAt: "desc" }], select: { id: true, reviewedOn: true, did: true, learned: true, next: true, authorId: true } } },
  });
  if (!goal) {
    return null;
  }
  const { reviews, ...row } = goal;
  const today = localToday(context.tenant.timezone);
  const series = await seriesSince(context, new Date(row.startOn.getTime() - 90 * DAY));
  const authors = await db.user.findMany({ where: { id: { in: [...new Set(reviews.map((r) => r.authorId))] } }, select: { id: true, name: true, email: true } });
  const authorName = new Map(authors.map((a) => [a.id, a.name ?? a.email]));
  return { goal: view(row, series, today), reviews: reviews.map((r) => ({ ...r, author: authorName.get(r.authorId) ?? null })) };
}

/** The value a new goal starts from: the metric as it stands today. */
export async function currentValue(context: TenantContext, metric: GoalMetric): Promise<number> {
  return metricValue(metric, await liveFigures(context));
}

