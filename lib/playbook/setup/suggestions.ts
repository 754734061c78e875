import type { GoalMetric } from "@/lib/generated/prisma/enums";
import { isRate } from "@/lib/goals/metrics";
import { PURPOSE_METRICS, type Purpose } from "./steps";

export type SuggestedGoal = { metric: GoalMetric; current: number; oneYear: number; threeYear: number };

/** What the suggestions start from: where each figure stands and how many people the roster holds. */
export type Standing = Record<GoalMetric, number> & { roster: number };

/**
 * Starting targets for the purposes chosen, one line per figure (a figure two purposes share comes once): a
 * reachable 1-year step and a 3-year ambition, always above where the company stands today (a goal already met
 * measures nothing). Rules of thumb from alumni programs — a third of the roster registered in the first year,
 * over half in three; a fifth of alumni active each month — which the admin adjusts before they are saved.
 */
export function suggestGoals(purposes: readonly Purpose[], standing: Standing): SuggestedGoal[] {
  const metrics = [...new Set(purposes.flatMap((p) => PURPOSE_METRICS[p]))];
  return metrics.map((metric) => {
    const current = standing[metric];
    const [oneYear, threeYear] = targets(metric, current, standing);
    return { metric, current, oneYear, threeYear };
  });
}

function targets(metric: GoalMetric, current: number, standing: Standing): [number, number] {
  const above = (value: number, floor: number) => Math.max(Math.ceil(value), Math.floor(floor) + 1);
  const rate = (one: number, three: number): [number, number] => {
    const first = Math.min(100, above(Math.max(one, current + 5), current));
    return [first, Math.min(100, above(Math.max(three, first + 10), first))];
  };
  switch (metric) {
    case "REGISTERED": {
      // Without a roster yet, the knowledge centre's first milestone: a hundred sign-ups.
      const one = standing.roster > 0 ? standing.roster * 0.3 : 100;
      const first = above(Math.max(one, current + 20), current);
      return [first, above(Math.max(standing.roster * 0.6, first * 2), first)];
    }
    case "REGISTRATION_RATE":
      return rate(30, 60);
    case "ACTIVE_RATE_30":
      return rate(20, 30);
    case "ACTIVE_RATE_90":
      return rate(40, 55);
    case "OPEN_TO_RETURN": {
      const first = above(Math.max(standing.REGISTERED * 0.1, current + 5, 10), current);
      return [first, above(first * 2.5, first)];
    }
    case "RETURNS_365": {
      const first = above(Math.max(current + 1, 2), current);
      return [first, above(first * 2.5, first)];
    }
    case "COLLABORATION_365": {
      const first = above(Math.max(current + 3, 5), current);
      return [first, above(first * 3, first)];
    }
  }
}

export const formatTarget = (metric: GoalMetric, value: number) => (isRate(metric) ? `${value}%` : String(value));
