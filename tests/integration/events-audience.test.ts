import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCoverForViewer } from "@/lib/events/cover-read";
import { getEventForMember, listEventsForMember } from "@/lib/events/queries";
import { respondToEvent } from "@/lib/events/rsvp";
import { saveEvent } from "@/lib/events/save-event";
import { eventFormSchema } from "@/lib/events/schema";
import { createSegment } from "@/lib/segments/mutations";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { createMember, createTenant } from "../support/factories";
import { alumnusContext, createEvent } from "../support/events";

// An event for a saved segment reaches its members only — in the lists, on its page, for RSVP and its cover —
// and follows the segment as people move in or out of it.
describe("events for a segment", () => {
  it("are invisible to alumni outside the segment, and appear when they come to match it", async () => {
    const tenant = await createTenant();
    const hr = await createMember(tenant.id, "HR");
    const staff = (await resolveTenantContext(tenant.slug, hr.user.id)) as TenantContext;
    const sales = await alumnusContext(tenant, "営業 花子");
    const dev = await alumnusContext(tenant, "開発 一郎");
    await db.alumniProfile.update({ where: { id: sales.profile.id }, data: { department: "営業部" } });
    await db.alumniProfile.update({ where: { id: dev.profile.id }, data: { department: "開発部" } });
    const segment = await createSegment(staff, "営業部OB", { department: "営業部" });
    const event = await createEvent(tenant.id, { title: "営業部OB会" });
    await db.event.update({ where: { id: event.id }, data: { segmentId: segment.ok ? segment.id : null } });
    const everyone = await createEvent(tenant.id, { title: "全体交流会" });

    const titles = async (context: TenantContext) => (await listEventsForMember(context, "upcoming")).map((e) => e.title).sort();
    expect(await titles(sales.context)).toEqual(["全体交流会", "営業部OB会"].sort());
    expect(await titles(dev.context)).toEqual(["全体交流会"]);
    expect(await getEventForMember(dev.context, event.id)).toBeNull();
    expect(await getCoverForViewer(dev.context, event.id)).toBeNull();
    expect(await respondToEvent(dev.context, event.id, { response: "GOING", guests: 0, answers: {} })).toBeNull();
    expect(await db.eventRegistration.count({ where: { eventId: event.id } })).toBe(0);
    expect(await getEventForMember(sales.context, event.id)).not.toBeNull();
    expect(await respondToEvent(sales.context, event.id, { response: "GOING", guests: 0, answers: {} })).not.toBeNull();
    expect(await getEventForMember(dev.context, everyone.id)).not.toBeNull();

    // 一郎 moves to sales: the segment, decided when asked, now includes him.
    await db.alumniProfile.update({ where: { id: dev.profile.id }, data: { department: "営業部" } });
    expect(await getEventForMember(dev.context, event.id)).not.toBeNull();
  });

  it("cannot be aimed at another company's segment", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const hrA = await createMember(a.id, "HR");
    const hrB = await createMember(b.id, "HR");
    const staffA = (await resolveTenantContext(a.slug, hrA.user.id)) as TenantContext;
    const staffB = (await resolveTenantContext(b.slug, hrB.user.id)) as TenantContext;
    const segmentOfB = await createSegment(staffB, "B社のセグメント", {});
    const form = await eventFormSchema.parseAsync({
      title: "交流会", format: "VENUE", venueAddress: "東京都", startsAt: "2030-01-10T18:00", endsAt: "2030-01-10T20:00", segmentId: segmentOfB.ok ? segmentOfB.id : "",
    });
    expect(await saveEvent(staffA, form)).toEqual({ ok: false, field: "segmentId", message: "events.unknownSegment" });
    expect(await db.event.count({ where: { tenantId: a.id } })).toBe(0);
  });
});
