import type { GoalMetric } from "@/lib/generated/prisma/enums";
import { rateOf } from "@/lib/analytics/rate";
import type { Snapshot } from "./snapshots";

// The program figures a goal can target, each read off a day's snapshot. Rates are percentages (0–100).
export const GOAL_METRICS = ["REGISTERED", "REGISTRATION_RATE", "ACTIVE_RATE_30", "ACTIVE_RATE_90"] as const satisfies readonly GoalMetric[];

export const isRate = (metric: GoalMetric) => metric !== "REGISTERED";

const percent = (count: number, of: number) => rateOf(count, of).rate;

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
  }
}
