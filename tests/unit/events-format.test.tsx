import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/markdown";
import { eventIcs, googleCalendarLink, outlookCalendarLink } from "@/lib/events/calendar";
import { eventFormSchema } from "@/lib/events/schema";
import { fromLocalDateTime, toLocalDateTime } from "@/lib/time/zoned";

const event = {
  id: "ev1",
  title: "年末交流会",
  description: "乾杯",
  startsAt: new Date("2026-12-11T10:00:00Z"),
  endsAt: new Date("2026-12-11T12:30:00Z"),
  createdAt: new Date("2026-11-01T00:00:00Z"),
  updatedAt: new Date("2026-11-02T00:00:00Z"),
  cancelled: false,
  location: "東京都渋谷区渋谷3-21-3",
  url: "https://kizuna.example/demo/events/ev1",
  organizer: "株式会社かなでテクノロジーズ",
};

describe("event descriptions and calendar files", () => {
  it("renders Markdown but no script, raw HTML or javascript: link", () => {
    const html = renderToStaticMarkup(<Markdown source={"**太字**\n\n<script>alert(1)</script><img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))"} />);
    expect(html).toContain("<strong>太字</strong>");
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
  });

  it("writes an .ics a calendar accepts: one VEVENT in UTC with a stable UID", () => {
    const ics = eventIcs(event);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("METHOD:PUBLISH");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain("UID:ev1@kizuna");
    expect(ics).toContain("DTSTART:20261211T100000Z");
    expect(ics).toContain("DTEND:20261211T123000Z");
    expect(ics).toContain("STATUS:CONFIRMED");
    expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
    expect(eventIcs({ ...event, cancelled: true })).toContain("STATUS:CANCELLED");
  });

  it("links to Google and Outlook with the same times", () => {
    expect(new URL(googleCalendarLink(event)).searchParams.get("dates")).toBe("20261211T100000Z/20261211T123000Z");
    expect(new URL(outlookCalendarLink(event)).searchParams.get("startdt")).toBe("2026-12-11T10:00:00.000Z");
  });

  it("reads the form's wall-clock times in the company's timezone", () => {
    expect(fromLocalDateTime("2026-12-11T19:00", "Asia/Tokyo")?.toISOString()).toBe("2026-12-11T10:00:00.000Z");
    expect(fromLocalDateTime("2026-02-30T19:00", "Asia/Tokyo")).toBeNull();
    expect(toLocalDateTime(new Date("2026-12-11T10:00:00Z"), "Asia/Tokyo")).toBe("2026-12-11T19:00");
    expect(toLocalDateTime(new Date("2026-07-15T21:00:00Z"), "America/New_York")).toBe("2026-07-15T17:00");
  });

  it("refuses an end before the start, an online event without a link and a venue without an address", async () => {
    const base = { title: "会", startsAt: "2026-12-11T19:00", endsAt: "2026-12-11T18:00" };
    const venue = await eventFormSchema.safeParseAsync({ ...base, format: "VENUE" });
    expect(venue.error?.issues.map((i) => [i.path[0], i.message])).toEqual(expect.arrayContaining([["venueAddress", "events.addressRequired"], ["endsAt", "events.endBeforeStart"]]));
    const online = await eventFormSchema.safeParseAsync({ ...base, endsAt: "2026-12-11T21:00", format: "ONLINE" });
    expect(online.error?.issues.map((i) => i.path[0])).toEqual(["joinUrl"]);
    const ok = await eventFormSchema.parseAsync({ ...base, endsAt: "2026-12-11T21:00", format: "ONLINE", joinUrl: "https://meet.example/x", capacity: "5", q2: "食事の制限", q2Required: "on" });
    expect(ok.questions).toEqual([{ id: "q2", label: "食事の制限", required: true }]);
    expect(ok.capacity).toBe(5);
  });
});
