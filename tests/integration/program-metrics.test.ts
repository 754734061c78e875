import { describe, expect, it } from "vitest";
import { recordActivityNow } from "@/lib/activity/record";
import { headlineMetrics, invitationFunnel, rateOf, registrationBreakdown, registrationsPerMonth } from "@/lib/analytics/program-metrics";
import { eventAttendance } from "@/lib/analytics/event-metrics";
import { db } from "@/lib/db";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { localToday } from "@/lib/time/zoned";
import { createEvent } from "../support/events";
import { createAlumnus, createMember, createTenant } from "../support/factories";

const DAY = 86_400_000;

// A small company whose every figure can be worked out by hand: 5 on the roster, 2 of them joined (+1 member
// not on the roster), 1 active today, 1 active 60 days ago, 1 never.
async function smallCompany() {
  const tenant = await createTenant();
  const { user } = await createMember(tenant.id, "OWNER");
  const context = (await resolveTenantContext(tenant.slug, user.id)) as TenantContext;
  const [a, b, c] = [await createAlumnus(tenant.id), await createAlumnus(tenant.id), await createAlumnus(tenant.id)];
  await db.rosterEntry.createMany({
    data: [
      { tenantId: tenant.id, name: "A", leftOn: new Date("2019-03-31"), department: "営業部", membershipId: a.membership.id },
      { tenantId: tenant.id, name: "B", leftOn: new Date("2019-09-30"), department: "開発部", membershipId: b.membership.id },
      { tenantId: tenant.id, name: "C", leftOn: new Date("2019-12-31"), department: "営業部" },
      { tenantId: tenant.id, name: "D", leftOn: new Date("2021-06-30"), department: "営業部" },
      { tenantId: tenant.id, name: "E", department: "開発部" },
    ],
  });
  const today = localToday("Asia/Tokyo");
  await recordActivityNow(tenant.id, a.membership.id, today);
  await recordActivityNow(tenant.id, b.membership.id, new Date(today.getTime() - 60 * DAY));
  return { tenant, context, a, b, c };
}

describe("program metrics on a hand-made company", () => {
  it("registration rate 2/5 = 40 %, active 1/3 in 30 days and 2/3 in 90", async () => {
    const { context } = await smallCompany();
    expect(await headlineMetrics(context)).toEqual({
      registration: { count: 2, of: 5, rate: 40 },
      alumni: 3,
      active30: { count: 1, of: 3, rate: 33.3 },
      active90: { count: 2, of: 3, rate: 66.7 },
    });
  });

  it("counts a visit exactly 30 days back (inclusive of today) and not 31", async () => {
    const { tenant, context, c } = await smallCompany();
    const today = localToday("Asia/Tokyo");
    await recordActivityNow(tenant.id, c.membership.id, new Date(today.getTime() - 30 * DAY));
    expect((await headlineMetrics(context)).active30.count).toBe(1);
    await recordActivityNow(tenant.id, c.membership.id, new Date(today.getTime() - 29 * DAY));
    expect((await headlineMetrics(context)).active30.count).toBe(2);
  });

  it("breaks registration down by leave year and department", async () => {
    const { context } = await smallCompany();
    expect(await registrationBreakdown(context, "leaveYear")).toEqual([
      { key: "2021", roster: 1, joined: 0, rate: 0 },
      { key: "2019", roster: 3, joined: 2, rate: 66.7 },
      { key: null, roster: 1, joined: 0, rate: 0 },
    ]);
    expect(await registrationBreakdown(context, "department")).toEqual([
      { key: "営業部", roster: 3, joined: 1, rate: 33.3 },
      { key: "開発部", roster: 2, joined: 1, rate: 50 },
    ]);
  });

  it("orders departments largest first, equal ones by name, the entries without one last among equals", async () => {
    const { tenant, context } = await smallCompany();
    await db.rosterEntry.createMany({
      data: [
        { tenantId: tenant.id, name: "F", department: "人事部" },
        { tenantId: tenant.id, name: "G" },
        { tenantId: tenant.id, name: "H" },
      ],
    });
    expect((await registrationBreakdown(context, "department")).map((r) => [r.key, r.roster])).toEqual([
      ["営業部", 3],
      ["開発部", 2],
      [null, 2],
      ["人事部", 1],
    ]);
  });

  it("counts registrations in the month they happened, in the company's timezone", async () => {
    const { context, a, b } = await smallCompany();
    // 2026-10-31 20:00 UTC is already November 1st in Tokyo.
    const now = localToday("Asia/Tokyo");
    const lastMonthEndUtc = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - 4 * 3_600_000);
    await db.membership.update({ where: { id: a.membership.id }, data: { createdAt: lastMonthEndUtc } });
    await db.membership.update({ where: { id: b.membership.id }, data: { createdAt: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 15)) } });
    const months = await registrationsPerMonth(context, 3);
    expect(months.map((m) => m.count)).toEqual([1, 0, 2]);
    expect(months[2]!.month).toBe(now.toISOString().slice(0, 7));
  });

  it("funnel: 4 sent → 2 opened (50 %) → 1 joined (25 %); unsent ones are not counted", async () => {
    const { tenant, context } = await smallCompany();
    const entry = await db.rosterEntry.findFirstOrThrow({ where: { tenantId: tenant.id, name: "C" } });
    const base = { tenantId: tenant.id, rosterEntryId: entry.id, email: "c@example.com", nonce: "n", expiresAt: new Date(Date.now() + DAY), createdById: context.userId };
    const sentAt = new Date();
    await db.invitation.createMany({
      data: [
        { ...base, status: "SENT", sentAt },
        { ...base, status: "SENT", sentAt, openedAt: sentAt },
        { ...base, status: "ACCEPTED", sentAt, openedAt: sentAt },
        { ...base, status: "BOUNCED", sentAt },
        { ...base, status: "PENDING" },
      ],
    });
    expect(await invitationFunnel(context)).toEqual({ sent: 4, opened: { count: 2, of: 4, rate: 50 }, joined: { count: 1, of: 4, rate: 25 } });
  });

  it("divides by zero as zero", () => {
    expect(rateOf(0, 0)).toEqual({ count: 0, of: 0, rate: 0 });
  });
});

describe("event attendance on a hand-made company", () => {
  it("is those checked in ÷ those holding a seat, over past events where check-in was used: 3 of 4 = 75 %", async () => {
    const { tenant, context, a, b, c } = await smallCompany();
    const past = await createEvent(tenant.id, { startsInHours: -48, title: "春の交流会" });
    const noCheckIn = await createEvent(tenant.id, { startsInHours: -24, title: "受付なし" });
    const future = await createEvent(tenant.id, { startsInHours: 48, title: "これから" });
    const d = await createAlumnus(tenant.id);
    const seat = (eventId: string, membershipId: string, attended: boolean) =>
      db.eventRegistration.create({ data: { tenantId: tenant.id, eventId, membershipId, status: "GOING", attendedAt: attended ? new Date() : null } });
    await seat(past.id, a.membership.id, true);
    await seat(past.id, b.membership.id, true);
    await seat(past.id, c.membership.id, false);
    await seat(past.id, d.membership.id, true);
    await db.eventRegistration.create({ data: { tenantId: tenant.id, eventId: past.id, membershipId: (await createAlumnus(tenant.id)).membership.id, status: "NOT_GOING" } });
    await seat(noCheckIn.id, a.membership.id, false);
    await seat(future.id, a.membership.id, false);
    const other = await createTenant();
    const elsewhere = await createEvent(other.id, { startsInHours: -48 });
    await db.eventRegistration.create({ data: { tenantId: other.id, eventId: elsewhere.id, membershipId: (await createAlumnus(other.id)).membership.id, status: "GOING", attendedAt: new Date() } });

    const { events, overall } = await eventAttendance(context);
    expect(events.map((e) => [e.title, e.going, e.attended, e.rate])).toEqual([["春の交流会", 4, 3, 75]]);
    expect(overall).toEqual({ count: 3, of: 4, rate: 75 });
  });
});
