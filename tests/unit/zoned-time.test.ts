import { describe, expect, it } from "vitest";
import { atLocalHour, localToday } from "@/lib/time/zoned";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("wall-clock times in a company's timezone", () => {
  it("puts 17:00 in Tokyo at 08:00 UTC the same day", () => {
    expect(atLocalHour(day("2026-12-01"), 17, "Asia/Tokyo").toISOString()).toBe("2026-12-01T08:00:00.000Z");
  });

  it("follows daylight saving time where there is one", () => {
    expect(atLocalHour(day("2026-01-15"), 17, "America/New_York").toISOString()).toBe("2026-01-15T22:00:00.000Z");
    expect(atLocalHour(day("2026-07-15"), 17, "America/New_York").toISOString()).toBe("2026-07-15T21:00:00.000Z");
  });

  it("knows it is already tomorrow in Tokyo late in the UTC evening", () => {
    expect(localToday("Asia/Tokyo", new Date("2026-11-22T20:00:00Z"))).toEqual(day("2026-11-23"));
    expect(localToday("UTC", new Date("2026-11-22T20:00:00Z"))).toEqual(day("2026-11-22"));
  });
});
