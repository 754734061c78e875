import { describe, expect, it } from "vitest";
import { goalStatus, plannedValue, projectTo, slopePerDay } from "@/lib/goals/projection";

const DAY = 86_400_000;
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * DAY);
// 10 people a week for eight weeks: 100, 110, …, 170.
const weekly = Array.from({ length: 8 }, (_, i) => ({ day: day(i * 7), value: 100 + 10 * i }));

describe("goal projection", () => {
  it("takes the slope of the recent trend by least squares", () => {
    expect(slopePerDay(weekly)).toBeCloseTo(10 / 7, 10);
    expect(slopePerDay([{ day: day(0), value: 5 }])).toBe(0);
  });

  it("carries the trend on from the latest value to the due date", () => {
    // Latest: 170 on day 49; 70 days later at 10/7 a day: +100.
    expect(projectTo(weekly, day(119))).toBeCloseTo(270, 6);
    expect(projectTo([], day(10))).toBeNull();
  });

  it("uses only the last eight weeks: an old burst does not flatter a stalled program", () => {
    const stalled = [{ day: day(-200), value: 0 }, ...Array.from({ length: 9 }, (_, i) => ({ day: day(i * 7), value: 300 }))];
    expect(projectTo(stalled, day(200))).toBeCloseTo(300, 6);
  });

  it("draws the planned path straight from the baseline to the target", () => {
    const goal = { startOn: day(0), baseline: 100, dueOn: day(100), target: 300 };
    expect(plannedValue(goal, day(25))).toBe(150);
    expect(plannedValue(goal, day(-5))).toBe(100);
    expect(plannedValue(goal, day(150))).toBe(300);
  });

  it("says on track, at risk, achieved or missed", () => {
    expect(goalStatus({ dueOn: day(119), target: 260 }, weekly, day(49)).status).toBe("onTrack");
    expect(goalStatus({ dueOn: day(119), target: 280 }, weekly, day(49)).status).toBe("atRisk");
    expect(goalStatus({ dueOn: day(119), target: 170 }, weekly, day(49)).status).toBe("achieved");
    expect(goalStatus({ dueOn: day(40), target: 280 }, weekly, day(49)).status).toBe("missed");
  });
});
