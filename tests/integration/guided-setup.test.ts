import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveFirstMessageAction, savePlanAction, savePurposeAction, saveReviewDateAction, saveSetupGoalsAction, skipSetupStepAction } from "@/lib/actions/setup";
import { db } from "@/lib/db";
import { liveFigures } from "@/lib/goals/live";
import { computeSnapshots } from "@/lib/goals/snapshots";
import { translatorFor } from "@/lib/i18n/messages";
import { draftFirstMessage } from "@/lib/playbook/setup/first-message";
import { getSetup } from "@/lib/playbook/setup/state";
import { suggestGoals, type Standing } from "@/lib/playbook/setup/suggestions";
import { latestWaveDay, sendInvitationWaves } from "@/lib/playbook/setup/waves";
import { welcomeMessage } from "@/lib/tenants/welcome-message";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { localToday, toLocalDateTime } from "@/lib/time/zoned";
import { caller, outcomeOf } from "../support/action-caller";
import { createAlumnus, createMember, createTenant } from "../support/factories";
import { createPosting } from "../support/opportunities";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", async (original) => ({ ...(await original<object>()), redirect: (url: string) => { throw Object.assign(new Error("NEXT_REDIRECT"), { url }); } }));

const DAY = 86_400_000;
const tv = translatorFor("ja", "validation");
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Runs an action that ends in a redirect; returns where it went. */
async function redirectOf(call: Promise<unknown>): Promise<string> {
  try {
    const result = await call;
    throw new Error(`no redirect: ${JSON.stringify(result)}`);
  } catch (error) {
    const url = (error as { url?: string }).url;
    if (!url) {
      throw error;
    }
    return url;
  }
}

async function newCompany(role: "OWNER" | "HR" = "OWNER") {
  const tenant = await createTenant();
  const { user } = await createMember(tenant.id, role);
  caller.userId = user.id;
  return { tenant, user, context: (await resolveTenantContext(tenant.slug, user.id)) as TenantContext };
}

beforeEach(() => {
  caller.userId = null;
});

describe("the guided setup", () => {
  it("goes from purpose to review, writing real goals, the landing message, the first announcement and the review date", async () => {
    const { tenant, context } = await newCompany();
    const today = localToday(tenant.timezone);
    const base = `/${tenant.slug}/admin/setup`;
    expect((await getSetup(context)).next).toBe("purpose");

    expect(await redirectOf(savePurposeAction(null, { tenant: tenant.slug, purposes: ["REHIRING"], purposeNote: "元社員との関係を資産に" }))).toBe(`${base}/goals`);

    const goals = { tenant: tenant.slug, include_REGISTERED: "on", oneYear_REGISTERED: "100", threeYear_REGISTERED: "300", include_OPEN_TO_RETURN: "on", oneYear_OPEN_TO_RETURN: "10", threeYear_OPEN_TO_RETURN: "25", include_RETURNS_365: "on", oneYear_RETURNS_365: "2", threeYear_RETURNS_365: "5" };
    expect(await redirectOf(saveSetupGoalsAction(null, goals))).toBe(`${base}/plan`);
    const written = await db.goal.findMany({ where: { tenantId: tenant.id }, orderBy: [{ metric: "asc" }, { dueOn: "asc" }], select: { metric: true, target: true, dueOn: true, baseline: true } });
    expect(written.map((g) => [g.metric, g.target, iso(g.dueOn)])).toEqual([
      ["REGISTERED", 100, `${today.getUTCFullYear() + 1}${iso(today).slice(4)}`],
      ["REGISTERED", 300, `${today.getUTCFullYear() + 3}${iso(today).slice(4)}`],
      ["OPEN_TO_RETURN", 10, `${today.getUTCFullYear() + 1}${iso(today).slice(4)}`],
      ["OPEN_TO_RETURN", 25, `${today.getUTCFullYear() + 3}${iso(today).slice(4)}`],
      ["RETURNS_365", 2, `${today.getUTCFullYear() + 1}${iso(today).slice(4)}`],
      ["RETURNS_365", 5, `${today.getUTCFullYear() + 3}${iso(today).slice(4)}`],
    ]);

    const firstWave = iso(new Date(today.getTime() + 7 * DAY));
    expect(await redirectOf(savePlanAction(null, { tenant: tenant.slug, waves: "on", waveSize: "50", waveEveryDays: "14", firstWaveOn: firstWave, inviteOnLastDay: "on" }))).toBe(`${base}/message`);

    // Nobody has joined yet: "send now" is refused beside the choice, and nothing is written.
    const message = { tenant: tenant.slug, subjectJa: "アルムナイネットワークを開設しました", bodyJa: "皆さまへ\n\n**ようこそ**", subjectEn: "Welcome", bodyEn: "Dear alumni" };
    const refused = await saveFirstMessageAction(null, { ...message, intent: "send" });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { intent: translatorFor("ja", "setup")("message.nobodyYet") } });
    expect(await db.broadcast.count({ where: { tenantId: tenant.id } })).toBe(0);
    expect(await welcomeMessage(tenant.id, "ja")).toBeNull();

    const sendAt = toLocalDateTime(new Date(Date.now() + 3 * DAY), tenant.timezone);
    expect(await redirectOf(saveFirstMessageAction(null, { ...message, intent: "schedule", scheduledAt: sendAt }))).toBe(`${base}/review`);
    const [broadcast] = await db.broadcast.findMany({ where: { tenantId: tenant.id }, select: { status: true, subjectJa: true, audience: true, bodyEn: true } });
    expect(broadcast).toMatchObject({ status: "SCHEDULED", subjectJa: message.subjectJa, audience: "EVERYONE", bodyEn: "Dear alumni" });
    expect(await welcomeMessage(tenant.id, "ja")).toEqual({ text: message.bodyJa, lang: "ja" });
    expect(await welcomeMessage(tenant.id, "en")).toEqual({ text: "Dear alumni", lang: "en" });

    // Going back to the message step edits the same announcement instead of making a second one.
    await redirectOf(saveFirstMessageAction(null, { ...message, bodyJa: "改訂版", intent: "schedule", scheduledAt: sendAt }));
    expect(await db.broadcast.findMany({ where: { tenantId: tenant.id }, select: { bodyJa: true, status: true } })).toEqual([{ bodyJa: "改訂版", status: "SCHEDULED" }]);

    const reviewOn = iso(new Date(today.getTime() + 90 * DAY));
    expect(await redirectOf(saveReviewDateAction(null, { tenant: tenant.slug, reviewOn }))).toBe(`${base}?done=1`);
    const setup = await db.programSetup.findUniqueOrThrow({ where: { tenantId: tenant.id } });
    expect(setup).toMatchObject({ purposes: ["REHIRING"], purposeNote: "元社員との関係を資産に", waveSize: 50, waveEveryDays: 14, inviteOnLastDay: true, handOutJoinLink: false });
    expect(iso(setup.reviewOn!)).toBe(reviewOn);
    expect(setup.completedAt).not.toBeNull();
  });

  it("puts each mistake beside its box and saves nothing", async () => {
    const { tenant } = await newCompany();
    expect(await savePurposeAction(null, { tenant: tenant.slug })).toMatchObject({ ok: false, fieldErrors: { purposes: tv("setup.purposeRequired") } });
    const outcome = await saveSetupGoalsAction(null, { tenant: tenant.slug, include_REGISTERED: "on", oneYear_REGISTERED: "100", threeYear_REGISTERED: "50", include_ACTIVE_RATE_30: "on", oneYear_ACTIVE_RATE_30: "120", threeYear_ACTIVE_RATE_30: "30" });
    expect(outcome).toMatchObject({ ok: false, fieldErrors: { threeYear_REGISTERED: tv("setup.threeAboveOne"), oneYear_ACTIVE_RATE_30: tv("goalRateTarget") } });
    expect(await savePlanAction(null, { tenant: tenant.slug, waves: "on", waveSize: "3", waveEveryDays: "14", firstWaveOn: "" })).toMatchObject({ ok: false, fieldErrors: { waveSize: tv("setup.waveSize"), firstWaveOn: tv("setup.firstWaveOn") } });
    expect(await saveReviewDateAction(null, { tenant: tenant.slug, reviewOn: "2020-01-01" })).toMatchObject({ ok: false, fieldErrors: { reviewOn: tv("goalDuePast") } });
    expect(await db.goal.count({ where: { tenantId: tenant.id } })).toBe(0);
    expect(await db.programSetup.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("refuses a target the company has already reached, beside that target", async () => {
    const { tenant } = await newCompany();
    for (let i = 0; i < 3; i++) {
      await createAlumnus(tenant.id);
    }
    const outcome = await saveSetupGoalsAction(null, { tenant: tenant.slug, include_REGISTERED: "on", oneYear_REGISTERED: "3", threeYear_REGISTERED: "10" });
    expect(outcome).toMatchObject({ ok: false, fieldErrors: { oneYear_REGISTERED: tv("goalAlreadyReached", { current: 3 }) } });
  });

  it("is complete once every step is done or skipped, and the checklist knows", async () => {
    const { tenant, context } = await newCompany();
    for (const step of ["purpose", "goals", "plan", "message"]) {
      await redirectOf(skipSetupStepAction(null, { tenant: tenant.slug, step }));
    }
    expect((await getSetup(context)).complete).toBe(false);
    expect(await redirectOf(skipSetupStepAction(null, { tenant: tenant.slug, step: "review" }))).toBe(`/${tenant.slug}/admin/setup?done=1`);
    const setup = await db.programSetup.findUniqueOrThrow({ where: { tenantId: tenant.id } });
    expect(setup.skippedSteps.sort()).toEqual(["goals", "message", "plan", "purpose", "review"]);
    expect(setup.completedAt).not.toBeNull();
  });

  it("sends the first message at once when alumni have joined, and never a second time", async () => {
    const { tenant } = await newCompany();
    await createAlumnus(tenant.id);
    const message = { tenant: tenant.slug, subjectJa: "開設のお知らせ", bodyJa: "本文", intent: "send" };
    await redirectOf(saveFirstMessageAction(null, message));
    await redirectOf(saveFirstMessageAction(null, { ...message, bodyJa: "公開ページだけ変わる" }));
    expect(await db.broadcast.findMany({ where: { tenantId: tenant.id }, select: { status: true, bodyJa: true } })).toEqual([{ status: "SENDING", bodyJa: "本文" }]);
    expect((await welcomeMessage(tenant.id, "en"))?.text).toBe("公開ページだけ変わる");
  });

  it("belongs to the company's admins: HR staff and other companies' owners get a 404", async () => {
    const { tenant } = await newCompany("HR");
    expect(await outcomeOf(savePurposeAction(null, { tenant: tenant.slug, purposes: ["REHIRING"] }))).toBe("404");
    const other = await newCompany();
    expect(await outcomeOf(saveReviewDateAction(null, { tenant: tenant.slug, reviewOn: iso(new Date(Date.now() + 30 * DAY)) }))).toBe("404");
    expect(await db.programSetup.count({ where: { tenantId: { in: [tenant.id, other.tenant.id] } } })).toBe(0);
  });
});

describe("suggested goals", () => {
  const standing = (over: Partial<Standing>): Standing => ({ REGISTERED: 0, REGISTRATION_RATE: 0, ACTIVE_RATE_30: 0, ACTIVE_RATE_90: 0, OPEN_TO_RETURN: 0, RETURNS_365: 0, COLLABORATION_365: 0, roster: 0, ...over });

  it("names the figures of each purpose once, with 3-year targets above 1-year ones above today", () => {
    const s = suggestGoals(["REHIRING", "COLLABORATION"], standing({ REGISTERED: 120, roster: 1000, OPEN_TO_RETURN: 4, RETURNS_365: 1 }));
    expect(s.map((g) => g.metric)).toEqual(["REGISTERED", "OPEN_TO_RETURN", "RETURNS_365", "COLLABORATION_365", "ACTIVE_RATE_90"]);
    expect(s.find((g) => g.metric === "REGISTERED")).toMatchObject({ current: 120, oneYear: 300, threeYear: 600 });
    for (const g of s) {
      expect(g.oneYear).toBeGreaterThan(g.current);
      expect(g.threeYear).toBeGreaterThan(g.oneYear);
    }
  });

  it("keeps rates at 100 % or below even for a company already near the top", () => {
    const [g] = suggestGoals(["ENGAGEMENT"], standing({ ACTIVE_RATE_30: 96 }));
    expect(g).toMatchObject({ metric: "ACTIVE_RATE_30", oneYear: 100 });
    expect(g!.threeYear).toBeLessThanOrEqual(100);
  });

  it("drafts the first message from the company's name and purposes, in each language", () => {
    const ja = draftFirstMessage("ja", "株式会社サンプル", ["REHIRING"]);
    expect(ja.subject).toContain("株式会社サンプル");
    expect(ja.body).toContain("戻ってきたい");
    expect(draftFirstMessage("en", "Sample Inc.", ["COLLABORATION"]).body).toContain("as partners");
  });
});

describe("re-hire and collaboration figures for goals", () => {
  it("are counted for each past day by the snapshot and for today live, alike", async () => {
    const { tenant, context } = await newCompany();
    const today = localToday(tenant.timezone);
    const day = (n: number) => new Date(today.getTime() - n * DAY);
    const [a, b, c] = [await createAlumnus(tenant.id), await createAlumnus(tenant.id), await createAlumnus(tenant.id)];
    // A has been open to return since 20 days ago; B was from 15 to 5 days ago; C returned 400 and 10 days ago (two hires).
    await db.interest.create({ data: { tenantId: tenant.id, kind: "OPEN_TO_RETURN", membershipId: a.membership.id, createdAt: new Date(day(20).getTime() + 3 * 3_600_000) } });
    await db.interest.create({ data: { tenantId: tenant.id, kind: "OPEN_TO_RETURN", membershipId: b.membership.id, createdAt: new Date(day(15).getTime() + 3 * 3_600_000), withdrawnAt: new Date(day(5).getTime() + 3 * 3_600_000) } });
    await db.interest.create({ data: { tenantId: tenant.id, kind: "CASUAL_CHAT", membershipId: c.membership.id, stage: "HIRED", hiredAt: day(400) } });
    await db.interest.create({ data: { tenantId: tenant.id, kind: "CASUAL_CHAT", membershipId: c.membership.id, stage: "HIRED", hiredAt: day(10) } });
    const collaboration = await createPosting(tenant.id, { kind: "COLLABORATION", status: "OPEN" });
    await db.interest.create({ data: { tenantId: tenant.id, kind: "POSTING", postingId: collaboration.id, membershipId: a.membership.id, createdAt: new Date(day(3).getTime() + 3 * 3_600_000) } });
    await computeSnapshots(tenant.id, tenant.timezone, day(30), today);
    const at = async (n: number) => db.programSnapshot.findUniqueOrThrow({ where: { tenantId_day: { tenantId: tenant.id, day: day(n) } }, select: { openToReturn: true, returns365: true, collaboration365: true } });
    expect(await at(25)).toEqual({ openToReturn: 0, returns365: 0, collaboration365: 0 });
    // The return of 400 days ago stopped counting 35 days ago; the one of 10 days ago has not happened yet.
    expect(await at(12)).toEqual({ openToReturn: 2, returns365: 0, collaboration365: 0 });
    expect(await at(1)).toEqual({ openToReturn: 1, returns365: 1, collaboration365: 1 });
    const live = await liveFigures(context);
    expect({ openToReturn: live.openToReturn, returns365: live.returns365, collaboration365: live.collaboration365 }).toEqual(await at(0));
  });
});

describe("invitation waves", () => {
  it("invite the next people on the roster on each wave day, most recent leavers first, once per day", async () => {
    const { tenant, user } = await newCompany();
    const today = localToday(tenant.timezone);
    const left = (years: number) => new Date(Date.UTC(today.getUTCFullYear() - years, 2, 31));
    await db.rosterEntry.createMany({
      data: [
        { tenantId: tenant.id, name: "古参", email: "old@example.test", leftOn: left(10) },
        { tenantId: tenant.id, name: "最近", email: "recent@example.test", leftOn: left(1) },
        { tenantId: tenant.id, name: "中間", email: "middle@example.test", leftOn: left(5) },
        { tenantId: tenant.id, name: "未来", email: "future@example.test", leftOn: new Date(today.getTime() + 30 * DAY) },
        { tenantId: tenant.id, name: "住所なし", leftOn: left(2) },
      ],
    });
    const plan = { tenantId: tenant.id, waveSize: 2, waveEveryDays: 7, firstWaveOn: new Date(today.getTime() - 7 * DAY), inviteOnLastDay: false, updatedById: user.id };
    await db.programSetup.create({ data: plan });
    const invitedNames = async () => (await db.invitation.findMany({ where: { tenantId: tenant.id }, select: { rosterEntry: { select: { name: true } } } })).map((i) => i.rosterEntry.name).sort();

    // A plan not saved yet (its step not done) does nothing.
    await sendInvitationWaves();
    expect(await invitedNames()).toEqual([]);
    await db.programSetup.update({ where: { tenantId: tenant.id }, data: { doneSteps: ["plan"] } });

    await sendInvitationWaves();
    expect(await invitedNames()).toEqual(["中間", "最近"]);
    await sendInvitationWaves();
    expect(await invitedNames()).toEqual(["中間", "最近"]);
    // A week later, the next wave: the one past leaver left with an address (the future leaver is not a past leaver).
    await sendInvitationWaves(new Date(Date.now() + 7 * DAY));
    expect(await invitedNames()).toEqual(["中間", "古参", "最近"]);

    // With "invite new leavers on their last day", the future leaver's invitation waits for the evening of that day.
    await db.programSetup.update({ where: { tenantId: tenant.id }, data: { inviteOnLastDay: true } });
    await sendInvitationWaves(new Date(Date.now() + 8 * DAY));
    await sendInvitationWaves(new Date(Date.now() + 8 * DAY));
    const future = await db.invitation.findMany({ where: { tenantId: tenant.id, rosterEntry: { name: "未来" } }, select: { scheduledFor: true, status: true } });
    expect(future).toHaveLength(1);
    expect(future[0]).toMatchObject({ status: "PENDING" });
    expect(iso(new Date(future[0]!.scheduledFor!.getTime() + 9 * 3_600_000))).toBe(iso(new Date(today.getTime() + 30 * DAY)));
  });

  it("know the latest wave day", () => {
    const first = new Date("2026-01-01T00:00:00Z");
    expect(latestWaveDay(first, 14, new Date("2025-12-31T00:00:00Z"))).toBeNull();
    expect(iso(latestWaveDay(first, 14, new Date("2026-01-20T00:00:00Z"))!)).toBe("2026-01-15");
  });
});
