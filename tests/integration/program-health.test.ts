import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { lastMonthEnds, programHealth } from "@/lib/playbook/health";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { localToday } from "@/lib/time/zoned";
import { createEvent } from "../support/events";
import { createAlumnus, createMember, createTenant } from "../support/factories";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

/**
 * A company that is doing well by every rule: 5 on the roster, 4 joined and the fifth invited; an announcement
 * 3 days ago; the active rate rising at each month-end; 3 of 4 seat holders checked in at last week's meetup;
 * nobody waiting for approval; the one pipeline item touched yesterday.
 */
async function healthyCompany() {
  const tenant = await createTenant();
  const { user, membership: owner } = await createMember(tenant.id, "OWNER");
  const context = (await resolveTenantContext(tenant.slug, user.id)) as TenantContext;
  const alumni = [];
  for (let i = 0; i < 4; i++) {
    alumni.push(await createAlumnus(tenant.id));
  }
  await db.rosterEntry.createMany({ data: alumni.map((a, i) => ({ tenantId: tenant.id, name: `入社 ${i}`, membershipId: a.membership.id })) });
  const invited = await db.rosterEntry.create({ data: { tenantId: tenant.id, name: "招待済み 花子", email: "hanako@example.com" } });
  await db.invitation.create({
    data: { tenantId: tenant.id, rosterEntryId: invited.id, email: "hanako@example.com", nonce: "n", status: "SENT", sentAt: daysAgo(2), expiresAt: new Date(Date.now() + 12 * DAY), createdById: owner.id },
  });
  await db.broadcast.create({ data: { tenantId: tenant.id, category: "news", status: "SENT", subjectJa: "近況", bodyJa: "本文", startedAt: daysAgo(3), completedAt: daysAgo(3) } });
  const ends = lastMonthEnds(localToday(tenant.timezone), 4);
  await db.programSnapshot.createMany({ data: ends.map((day, i) => ({ tenantId: tenant.id, day, roster: 5, joined: 4, alumni: 4, active30: 1 + i, active90: 4 })) });
  const meetup = await createEvent(tenant.id, { startsInHours: -7 * 24, capacity: null });
  await db.eventRegistration.createMany({
    data: alumni.map((a, i) => ({ tenantId: tenant.id, eventId: meetup.id, membershipId: a.membership.id, status: "GOING" as const, attendedAt: i < 3 ? daysAgo(7) : null })),
  });
  await db.interest.create({ data: { tenantId: tenant.id, kind: "CASUAL_CHAT", membershipId: alumni[0]!.membership.id, lastActivityAt: daysAgo(1) } });
  return { tenant, context, owner, alumni, meetup, ends };
}

const rules = async (context: TenantContext) => (await programHealth(context)).map((s) => s.rule);

describe("program health on hand-made companies", () => {
  it("suggests nothing to a company doing well by every rule", async () => {
    const { context } = await healthyCompany();
    expect(await programHealth(context)).toEqual([]);
  });

  it("suggests inviting the roster when 60 % or more of it was never invited, linking to the people not invited", async () => {
    const { tenant, context } = await healthyCompany();
    // None of the 5 is uninvited; 7 more make 7 of 12 (58.3 %), an eighth 8 of 13 (61.5 %).
    await db.rosterEntry.createMany({ data: Array.from({ length: 7 }, (_, i) => ({ tenantId: tenant.id, name: `未招待 ${i}` })) });
    expect(await rules(context)).toEqual([]);
    await db.rosterEntry.create({ data: { tenantId: tenant.id, name: "未招待 7" } });
    expect(await programHealth(context)).toEqual([{ rule: "rosterNotInvited", figures: { count: 8, total: 13, rate: 61.5 }, fix: "alumni?status=notInvited", guide: "first-100-sign-ups" }]);
  });

  it("suggests an announcement after 30 quiet days, or when none was ever sent", async () => {
    const { tenant, context } = await healthyCompany();
    await db.broadcast.updateMany({ where: { tenantId: tenant.id }, data: { startedAt: daysAgo(29) } });
    expect(await rules(context)).toEqual([]);
    await db.broadcast.updateMany({ where: { tenantId: tenant.id }, data: { startedAt: daysAgo(31) } });
    // A draft or a scheduled one does not count: nobody heard anything.
    await db.broadcast.create({ data: { tenantId: tenant.id, category: "news", status: "SCHEDULED", subjectJa: "予定", bodyJa: "本文", scheduledAt: new Date(Date.now() + DAY) } });
    expect(await programHealth(context)).toEqual([{ rule: "noRecentBroadcast", figures: { days: 31 }, fix: "broadcasts/new", guide: "keeping-alumni-active" }]);
    await db.broadcast.deleteMany({ where: { tenantId: tenant.id, status: "SENT" } });
    expect(await programHealth(context)).toEqual([{ rule: "noRecentBroadcast", figures: {}, fix: "broadcasts/new", guide: "keeping-alumni-active" }]);
  });

  it("flags the active rate falling at each of the last three month-ends, from the stored snapshots", async () => {
    const { tenant, context, ends } = await healthyCompany();
    const setRates = (active: number[]) =>
      Promise.all(ends.map((day, i) => db.programSnapshot.update({ where: { tenantId_day: { tenantId: tenant.id, day } }, data: { active30: active[i]! } })));
    // 100 → 75 → 75 → 50 %: one month held, so not three falls in a row.
    await setRates([4, 3, 3, 2]);
    expect(await rules(context)).toEqual([]);
    await setRates([4, 3, 2, 1]);
    expect(await programHealth(context)).toEqual([{ rule: "activeRateFalling", figures: { from: 100, to: 25, months: 3 }, fix: "events/new", guide: "keeping-alumni-active" }]);
    // A month-end without a snapshot (a company younger than four months): no claim either way.
    await db.programSnapshot.delete({ where: { tenantId_day: { tenantId: tenant.id, day: ends[0]! } } });
    expect(await rules(context)).toEqual([]);
  });

  it("flags attendance below half of the seats held at events of the last 90 days with check-in", async () => {
    const { tenant, context, alumni, meetup } = await healthyCompany();
    await db.eventRegistration.updateMany({ where: { tenantId: tenant.id, eventId: meetup.id, membershipId: alumni[2]!.membership.id }, data: { attendedAt: null } });
    // 2 of 4 = 50 %: not below half.
    expect(await rules(context)).toEqual([]);
    // A second event where 1 of 4 came: 3 of 8 = 37.5 %.
    const second = await createEvent(tenant.id, { startsInHours: -30 * 24, capacity: null });
    await db.eventRegistration.createMany({
      data: alumni.map((a, i) => ({ tenantId: tenant.id, eventId: second.id, membershipId: a.membership.id, status: "GOING" as const, attendedAt: i === 0 ? daysAgo(30) : null })),
    });
    expect(await programHealth(context)).toEqual([{ rule: "lowAttendance", figures: { rate: 37.5, attended: 3, going: 8 }, fix: "events", guide: "first-meetup" }]);
    // Held more than 90 days ago, or where check-in was never used: left out.
    await db.event.update({ where: { id: second.id }, data: { startsAt: daysAgo(91), endsAt: new Date(daysAgo(91).getTime() + 2 * HOUR) } });
    expect(await rules(context)).toEqual([]);
    await db.eventRegistration.updateMany({ where: { tenantId: tenant.id, eventId: meetup.id }, data: { attendedAt: null } });
    expect(await rules(context)).toEqual([]);
  });

  it("flags join requests waiting more than 7 days", async () => {
    const { tenant, context } = await healthyCompany();
    const { membership } = await createMember(tenant.id, "ALUMNI", "PENDING");
    await db.membership.update({ where: { id: membership.id }, data: { createdAt: daysAgo(6) } });
    expect(await rules(context)).toEqual([]);
    await db.membership.update({ where: { id: membership.id }, data: { createdAt: daysAgo(9) } });
    expect(await programHealth(context)).toEqual([{ rule: "applicantsWaiting", figures: { count: 1, days: 9 }, fix: "applicants", guide: "first-100-sign-ups" }]);
  });

  it("flags pipeline items untouched for longer than the company's reminder days", async () => {
    const { tenant, context, alumni } = await healthyCompany();
    const stale = await db.interest.create({ data: { tenantId: tenant.id, kind: "OPEN_TO_RETURN", membershipId: alumni[1]!.membership.id, lastActivityAt: daysAgo(10) } });
    expect(await programHealth(context)).toEqual([{ rule: "pipelineUntouched", figures: { count: 1, days: 7 }, fix: "pipeline", guide: "what-not-to-do" }]);
    await db.tenant.update({ where: { id: tenant.id }, data: { pipelineReminderDays: 14 } });
    expect(await rules(context)).toEqual([]);
    await db.tenant.update({ where: { id: tenant.id }, data: { pipelineReminderDays: 7 } });
    // Decided or withdrawn items ask nothing of anyone.
    await db.interest.update({ where: { id: stale.id }, data: { stage: "CLOSED" } });
    expect(await rules(context)).toEqual([]);
  });

  it("says when the review date set in the guided setup has come and no goal review was written since", async () => {
    const { tenant, context, owner } = await healthyCompany();
    const today = localToday(tenant.timezone);
    await db.programSetup.create({ data: { tenantId: tenant.id, reviewOn: new Date(today.getTime() + DAY) } });
    expect(await rules(context)).toEqual([]);
    await db.programSetup.update({ where: { tenantId: tenant.id }, data: { reviewOn: new Date(today.getTime() - 3 * DAY) } });
    expect(await programHealth(context)).toEqual([{ rule: "reviewDue", figures: { days: 3 }, fix: "goals", guide: "alumni-feedback" }]);
    // A review written before the date does not count; one written on or after it does.
    const goal = await db.goal.create({ data: { tenantId: tenant.id, metric: "REGISTERED", target: 10, baseline: 4, startOn: new Date(today.getTime() - 90 * DAY), dueOn: new Date(today.getTime() + 90 * DAY), createdById: owner.id } });
    const review = { tenantId: tenant.id, goalId: goal.id, did: "招待", learned: "少人数が良い", next: "続ける", authorId: owner.id };
    await db.goalReview.create({ data: { ...review, reviewedOn: new Date(today.getTime() - 10 * DAY) } });
    expect(await rules(context)).toEqual(["reviewDue"]);
    await db.goalReview.create({ data: { ...review, reviewedOn: today } });
    expect(await rules(context)).toEqual([]);
  });

  it("reads only the company's own data: another company's troubles suggest nothing here", async () => {
    const { context } = await healthyCompany();
    const other = await healthyCompany();
    await db.rosterEntry.createMany({ data: Array.from({ length: 30 }, (_, i) => ({ tenantId: other.tenant.id, name: `他社 ${i}` })) });
    await db.broadcast.deleteMany({ where: { tenantId: other.tenant.id } });
    const { membership } = await createMember(other.tenant.id, "ALUMNI", "PENDING");
    await db.membership.update({ where: { id: membership.id }, data: { createdAt: daysAgo(20) } });
    expect(await rules(other.context)).toEqual(["rosterNotInvited", "noRecentBroadcast", "applicantsWaiting"]);
    expect(await rules(context)).toEqual([]);
  });
});
