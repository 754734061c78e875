import { beforeEach, describe, expect, it, vi } from "vitest";
import { recordActivityNow } from "@/lib/activity/record";
import { addReviewAction, saveGoalAction } from "@/lib/actions/goals";
import { db } from "@/lib/db";
import { addReview, createGoal, deleteGoal, deleteReview, updateGoal } from "@/lib/goals/mutations";
import { getGoal, listGoals } from "@/lib/goals/queries";
import { computeSnapshots, refreshSnapshots } from "@/lib/goals/snapshots";
import { translatorFor } from "@/lib/i18n/messages";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { localToday } from "@/lib/time/zoned";
import { caller } from "../support/action-caller";
import { createAlumnus, createMember, createTenant } from "../support/factories";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", async (original) => ({ ...(await original<object>()), redirect: (url: string) => { throw Object.assign(new Error("NEXT_REDIRECT"), { url }); } }));

const DAY = 86_400_000;
const tv = translatorFor("ja", "validation");
const iso = (d: Date) => d.toISOString().slice(0, 10);

async function staffOf(role: "HR" | "ALUMNI" = "HR") {
  const tenant = await createTenant();
  const { user } = await createMember(tenant.id, role);
  return { tenant, user, context: (await resolveTenantContext(tenant.slug, user.id)) as TenantContext };
}

beforeEach(() => {
  caller.userId = null;
});

// Day 0 = 10 days ago (Tokyo). The roster: 4 entries from day 0. Alumni: A joins day 0, B day 5; C is suspended.
// Activity: A on day 1, B on day 6 and day 9.
async function companyWithHistory() {
  const { tenant, context } = await staffOf();
  const today = localToday("Asia/Tokyo");
  const dayN = (n: number) => new Date(today.getTime() + (n - 10) * DAY);
  // 09:00 Tokyo on day n, as stored (UTC).
  const at9 = (n: number) => new Date(dayN(n).getTime() + 0 * 3_600_000);
  const [a, b, c] = [await createAlumnus(tenant.id), await createAlumnus(tenant.id), await createAlumnus(tenant.id)];
  await db.membership.update({ where: { id: a.membership.id }, data: { createdAt: at9(0) } });
  await db.membership.update({ where: { id: b.membership.id }, data: { createdAt: at9(5) } });
  await db.membership.update({ where: { id: c.membership.id }, data: { status: "SUSPENDED", createdAt: at9(0) } });
  await db.rosterEntry.createMany({
    data: [
      { tenantId: tenant.id, name: "A", membershipId: a.membership.id, createdAt: at9(0) },
      { tenantId: tenant.id, name: "B", membershipId: b.membership.id, createdAt: at9(0) },
      { tenantId: tenant.id, name: "C", membershipId: c.membership.id, createdAt: at9(0) },
      { tenantId: tenant.id, name: "D", createdAt: at9(0) },
    ],
  });
  await recordActivityNow(tenant.id, a.membership.id, dayN(1));
  await recordActivityNow(tenant.id, b.membership.id, dayN(6));
  await recordActivityNow(tenant.id, b.membership.id, dayN(9));
  return { tenant, context, dayN };
}

describe("program snapshots", () => {
  it("count, for each past day, the roster, who had joined and who was active — as worked out by hand", async () => {
    const { tenant, dayN } = await companyWithHistory();
    await computeSnapshots(tenant.id, "Asia/Tokyo", dayN(-1), dayN(9));
    const rows = await db.programSnapshot.findMany({ where: { tenantId: tenant.id }, orderBy: { day: "asc" } });
    const on = (n: number) => rows.find((r) => r.day.getTime() === dayN(n).getTime());
    expect(on(-1)).toMatchObject({ roster: 0, joined: 0, alumni: 0, active30: 0 });
    // Day 0: 4 on the roster; A and C joined (C counts for registration, not as an active alumnus).
    expect(on(0)).toMatchObject({ roster: 4, joined: 2, alumni: 1, active30: 0, active90: 0 });
    expect(on(1)).toMatchObject({ joined: 2, alumni: 1, active30: 1 });
    expect(on(5)).toMatchObject({ joined: 3, alumni: 2, active30: 1 });
    expect(on(9)).toMatchObject({ roster: 4, joined: 3, alumni: 2, active30: 2, active90: 2 });
  });

  it("are brought up to date by a run that can be repeated, ending with today", async () => {
    const { tenant } = await companyWithHistory();
    await refreshSnapshots({ id: tenant.id, timezone: "Asia/Tokyo" });
    const first = await db.programSnapshot.count({ where: { tenantId: tenant.id } });
    expect(first).toBe(366);
    await refreshSnapshots({ id: tenant.id, timezone: "Asia/Tokyo" });
    expect(await db.programSnapshot.count({ where: { tenantId: tenant.id } })).toBe(first);
    const today = await db.programSnapshot.findFirstOrThrow({ where: { tenantId: tenant.id }, orderBy: { day: "desc" } });
    expect(today).toMatchObject({ day: localToday("Asia/Tokyo"), roster: 4, joined: 3, alumni: 2 });
  });
});

describe("goals", () => {
  it("start from today's value, show actual against plan, and take reviews", async () => {
    const { tenant, context } = await companyWithHistory();
    await refreshSnapshots({ id: tenant.id, timezone: "Asia/Tokyo" });
    const due = new Date(localToday("Asia/Tokyo").getTime() + 100 * DAY);
    const created = await createGoal(context, { metric: "REGISTRATION_RATE", target: 90, dueOn: iso(due), title: undefined });
    expect(created.ok).toBe(true);
    const id = (created as { id: string }).id;
    expect(await addReview(context, { goalId: id, reviewedOn: iso(localToday("Asia/Tokyo")), did: "交流会", learned: "効果あり", next: "次回も" })).toEqual(expect.any(String));

    const found = await getGoal(context, id);
    // 3 of 4 on the roster joined: 75 %.
    expect(found?.goal).toMatchObject({ baseline: 75, current: 75, target: 90, planned: 75 });
    expect(found?.goal.points.at(-1)).toEqual({ day: localToday("Asia/Tokyo"), value: 75 });
    expect(found?.reviews).toEqual([expect.objectContaining({ did: "交流会", learned: "効果あり", next: "次回も" })]);
    expect((await listGoals(context)).map((g) => g.status)).toEqual(["onTrack"]);
  });

  it("belong to one company: another company's staff find, change and review nothing", async () => {
    const { context: a } = await staffOf();
    const { context: b } = await staffOf();
    const due = iso(new Date(Date.now() + 50 * DAY));
    const created = (await createGoal(b, { metric: "REGISTERED", target: 10, dueOn: due, title: "B社" })) as { id: string };
    const reviewId = (await addReview(b, { goalId: created.id, reviewedOn: iso(new Date()), did: "x", learned: "y", next: "z" }))!;

    expect(await getGoal(a, created.id)).toBeNull();
    expect(await listGoals(a)).toEqual([]);
    expect(await updateGoal(a, created.id, { metric: "REGISTERED", target: 1, dueOn: due, title: "乗っ取り" })).toEqual({ ok: false, notFound: true });
    expect(await addReview(a, { goalId: created.id, reviewedOn: iso(new Date()), did: "x", learned: "y", next: "z" })).toBeNull();
    expect(await deleteReview(a, reviewId)).toBe(false);
    expect(await deleteGoal(a, created.id)).toBe(false);
    expect(await db.goal.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ title: "B社", target: 10 });
    expect(await db.goalReview.count({ where: { goalId: created.id } })).toBe(1);
  });

  it("refuse a rate over 100 %, a fractional head count, a due date already past and a target already met, beside the field", async () => {
    const { tenant, user } = await staffOf();
    caller.userId = user.id;
    const save = (fields: Record<string, string>) => saveGoalAction(null, { tenant: tenant.slug, ...fields });
    const future = iso(new Date(Date.now() + 30 * DAY));
    expect(await save({ metric: "ACTIVE_RATE_30", target: "120", dueOn: future })).toMatchObject({ ok: false, fieldErrors: { target: tv("goalRateTarget") } });
    expect(await save({ metric: "REGISTERED", target: "10.5", dueOn: future })).toMatchObject({ ok: false, fieldErrors: { target: tv("goalCountTarget") } });
    expect(await save({ metric: "REGISTERED", target: "10", dueOn: "2020-01-01" })).toMatchObject({ ok: false, fieldErrors: { dueOn: tv("goalDuePast") } });
    expect(await save({ metric: "NOPE", target: "10", dueOn: future })).toMatchObject({ ok: false, fieldErrors: { metric: tv("goalMetric") } });
    await createAlumnus(tenant.id);
    expect(await save({ metric: "REGISTERED", target: "1", dueOn: future })).toMatchObject({ ok: false, fieldErrors: { target: tv("goalAlreadyReached", { current: 1 }) } });
    expect(await db.goal.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("are set by staff only: an alumna's request gets a 404", async () => {
    const { tenant, user } = await staffOf("ALUMNI");
    caller.userId = user.id;
    await expect(saveGoalAction(null, { tenant: tenant.slug, metric: "REGISTERED", target: "10", dueOn: iso(new Date(Date.now() + 30 * DAY)) })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    await expect(addReviewAction(null, { tenant: tenant.slug, goalId: "x", reviewedOn: "2026-01-01", did: "a", learned: "b", next: "c" })).rejects.toThrow(/404|NOT_FOUND/);
  });
});
