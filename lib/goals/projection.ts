// Where a goal stands: pure arithmetic over the metric's daily values, so it is tested without a database.

const DAY = 86_400_000;

export type Point = { day: Date; value: number };
export type GoalStatus = "achieved" | "onTrack" | "atRisk" | "missed";

// The trend is the last eight weeks: long enough to smooth a week's noise, short enough to see a change of pace.
export const TREND_DAYS = 56;

/** Least-squares slope (value per day) of the points; 0 with fewer than two distinct days. */
export function slopePerDay(points: Point[]): number {
  if (points.length < 2) {
    return 0;
  }
  const xs = points.map((p) => p.day.getTime() / DAY);
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = points.reduce((a, p) => a + p.value, 0) / points.length;
  let num = 0;
  let den = 0;
  points.forEach((p, i) => {
    num += (xs[i]! - meanX) * (p.value - meanY);
    den += (xs[i]! - meanX) ** 2;
  });
  return den === 0 ? 0 : num / den;
}

/** The value the recent trend reaches on `until`, from the latest point. */
export function projectTo(points: Point[], until: Date): number | null {
  const latest = points.at(-1);
  if (!latest) {
    return null;
  }
  const recent = points.filter((p) => p.day.getTime() > latest.day.getTime() - TREND_DAYS * DAY);
  const days = Math.max(0, (until.getTime() - latest.day.getTime()) / DAY);
  return latest.value + slopePerDay(recent) * days;
}

/** The planned path: a straight line from where the goal started to its target on its due date. */
export function plannedValue(goal: { startOn: Date; baseline: number; dueOn: Date; target: number }, day: Date): number {
  const span = goal.dueOn.getTime() - goal.startOn.getTime();
  if (span <= 0) {
    return goal.target;
  }
  const share = Math.min(1, Math.max(0, (day.getTime() - goal.startOn.getTime()) / span));
  return goal.baseline + (goal.target - goal.baseline) * share;
}

/**
 * Achieved once the actual value reaches the target; after the due date without that, missed; before it, on
 * track when the recent trend reaches the target by the due date, otherwise at risk.
 */
export function goalStatus(goal: { dueOn: Date; target: number }, points: Point[], today: Date): { status: GoalStatus; projected: number | null } {
  const latest = points.at(-1)?.value ?? null;
  const projected = projectTo(points, goal.dueOn);
  if (latest !== null && latest >= goal.target) {
    return { status: "achieved", projected };
  }
  if (today > goal.dueOn) {
    return { status: "missed", projected };
  }
  return { status: projected !== null && projected >= goal.target ? "onTrack" : "atRisk", projected };
}
