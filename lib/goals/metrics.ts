import type { GoalMetric } from "@/lib/generated/prisma/enums";
import { rateOf } from "@/lib/analytics/rate";
import type { Snapshot } from "./snapshots";

// The program figures a goal can target, each read off a day's snapshot. Rates are percentages (0–100).
export const GOAL_METRICS = [
  "REGISTERED",
  "REGISTRATION_RATE",
  "ACTIVE_RATE_30",
  "ACTIVE_RATE_90",
  "OPEN_TO_RETURN",
  "RETURNS_365",
  "COLLABORATION_365",
] as const satisfies readonly GoalMetric[];

// The rest are counts: people, or things done in the last 365 days.
const RATES: readonly GoalMetric[] = ["REGISTRATION_RATE", "ACTIVE_RATE_30", "ACTIVE_RATE_90"];

export const isRate = (metric: GoalMetric) => RATES.includes(metric);

const percent = (count: number, of: number) => rateOf(count, of).rate;

/** Every goal figure's value at once (the goal forms show today's value beside the target). */
export function metricValues(s: Omit<Snapshot, "day">): Record<(typeof GOAL_METRICS)[number], number> {
  return Object.fromEntries(GOAL_METRICS.map((m) => [m, metricValue(m, s)])) as Record<(typeof GOAL_METRICS)[number], number>;
}

export function metricValue(metric: GoalMetric, s: Omit<Snapshot, "day">): number {
  switch (metric) {
    case "REGISTERED":
      return s.alumni;
    case "REGISTRATION_RATE":
      return percent(s.joined, s.roster);
    case "ACTIVE_RATE_30":
      return percent(s.active30, s.alumni);
    case "ACTIVE_RATE_90":
      return percent(s.active90, s.alumni);
    case "OPEN_TO_RETURN":
      return s.openToReturn;
    case "RETURNS_365":
      return s.returns365;
    case "COLLABORATION_365":
      return s.collaboration365;
  }
}
