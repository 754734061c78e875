import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { jobQueue } from "@/lib/jobs/boss";
import { expressGeneralInterest, expressInterest, withdrawInterest } from "@/lib/opportunities/interests";
import { getPipelineItem, moveStage, setOwner } from "@/lib/opportunities/pipeline";
import { createReferral } from "@/lib/opportunities/referrals";
import { sendPipelineReminders } from "@/lib/opportunities/reminders";
import { moveStageSchema } from "@/lib/opportunities/schema";
import { sendStatusNotice } from "@/lib/opportunities/status-notice";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { alumnusContext } from "../support/events";
import { createMember, createTenant } from "../support/factories";
import { createPosting, queuedStatusNotices } from "../support/opportunities";

const DAY = 86_400_000;
const move = (input: Record<string, string>) => moveStageSchema.parse(input);

beforeAll(async () => {
  await jobQueue();
});

async function company(reminderDays = 7) {
  const tenant = await createTenant();
  await db.tenant.update({ where: { id: tenant.id }, data: { pipelineReminderDays: reminderDays } });
  const hr = await createMember(tenant.id, "HR");
  const staff = (await resolveTenantContext(tenant.slug, hr.user.id)) as TenantContext;
  return { tenant, hr, staff };
}

/** An interest of a new alumnus, last touched `daysAgo` days before `now`. */
async function interestUntouched(tenant: { id: string; slug: string }, name: string, daysAgo: number, now: Date) {
  const alumnus = await alumnusContext(tenant, name);
  const id = await expressGeneralInterest(alumnus.context, "CASUAL_CHAT", null);
  await db.interest.update({ where: { id }, data: { lastActivityAt: new Date(now.getTime() - daysAgo * DAY) } });
  return { id, alumnus };
}

const remindersTo = (tenantId: string, email: string) =>
  db.outboxEmail.findMany({ where: { tenantId, tag: "pipeline-reminder", to: email }, orderBy: { createdAt: "asc" }, select: { subject: true, text: true } });

describe("pipeline reminders", () => {
  it("mail each owner their items untouched for the company's N days, and items without an owner to every staff member", async () => {
    const now = new Date();
    const { tenant, hr, staff } = await company(5);
    const admin = await createMember(tenant.id, "ADMIN");
    const owned = await interestUntouched(tenant, "担当あり 一郎", 6, now);
    await setOwner(staff, owned.id, hr.membership.id);
    await db.interest.update({ where: { id: owned.id }, data: { lastActivityAt: new Date(now.getTime() - 6 * DAY) } });
    await interestUntouched(tenant, "担当なし 二郎", 10, now);
    await interestUntouched(tenant, "最近 三郎", 1, now);
    const hired = await interestUntouched(tenant, "復帰済み 四郎", 30, now);
    await moveStage(staff, move({ interestId: hired.id, stage: "HIRED", hiredOn: "2026-10-01" }));
    await db.interest.update({ where: { id: hired.id }, data: { lastActivityAt: new Date(now.getTime() - 30 * DAY) } });
    const gone = await interestUntouched(tenant, "取り下げ 五郎", 30, now);
    await withdrawInterest(gone.alumnus.context, gone.id);
    await db.interest.update({ where: { id: gone.id }, data: { lastActivityAt: new Date(now.getTime() - 30 * DAY) } });
    // Another company's forgotten item goes to its own staff, never into this company's mail.
    const other = await company(5);
    await interestUntouched(other.tenant, "他社 六郎", 20, now);

    const first = await sendPipelineReminders(now);
    expect(first).toMatchObject({ failed: 0 });
    const toHr = await remindersTo(tenant.id, hr.user.email);
    expect(toHr).toHaveLength(1);
    expect(toHr[0]!.subject).toContain("2件");
    expect(toHr[0]!.text).toContain("担当あり 一郎");
    expect(toHr[0]!.text).toContain("担当なし 二郎");
    const toAdmin = await remindersTo(tenant.id, admin.user.email);
    expect(toAdmin).toHaveLength(1);
    expect(toAdmin[0]!.text).toContain("担当なし 二郎");
    expect(toAdmin[0]!.text).not.toContain("担当あり 一郎");
    for (const mail of [...toHr, ...toAdmin]) {
      expect(mail.text).not.toMatch(/最近 三郎|復帰済み 四郎|取り下げ 五郎|他社 六郎/);
      expect(mail.text).toContain(`/${tenant.slug}/admin/pipeline/`);
    }
    expect((await remindersTo(other.tenant.id, other.hr.user.email))[0]?.text).toContain("他社 六郎");

    // Run again the same morning, or three days on: nothing twice.
    expect(await sendPipelineReminders(now)).toMatchObject({ sent: 0, items: 0 });
    expect(await sendPipelineReminders(new Date(now.getTime() + 3 * DAY))).toMatchObject({ sent: 0, items: 0 });
    // Still forgotten after another N days, an item is reminded again; one touched meanwhile (two days on) is not.
    await moveStage(staff, move({ interestId: owned.id, stage: "CONTACTED" }));
    await db.interest.update({ where: { id: owned.id }, data: { lastActivityAt: new Date(now.getTime() + 2 * DAY) } });
    await sendPipelineReminders(new Date(now.getTime() + 6 * DAY));
    const again = await remindersTo(tenant.id, hr.user.email);
    expect(again).toHaveLength(2);
    expect(again[1]!.text).toContain("担当なし 二郎");
    expect(again[1]!.text).toContain("最近 三郎");
    expect(again[1]!.text).not.toContain("担当あり 一郎");
  });

  it("follow the company's setting: highlighted on the board after its N days", async () => {
    const now = new Date();
    const { tenant, staff } = await company(3);
    const item = await interestUntouched(tenant, "三日前 七郎", 4, now);
    expect((await getPipelineItem(staff, item.id))?.item.stale).toBe(true);
    await db.tenant.update({ where: { id: tenant.id }, data: { pipelineReminderDays: 14 } });
    expect((await getPipelineItem(staff, item.id))?.item.stale).toBe(false);
    expect(await sendPipelineReminders(now)).toMatchObject({ items: 0 });
  });
});

describe("shared status", () => {
  it("is mailed to the alumnus when HR writes a new one, not for a stage change alone, and not once replaced", async () => {
    const { tenant, staff } = await company();
    const posting = await createPosting(tenant.id, { title: "経理の業務委託" });
    const alumnus = await alumnusContext(tenant, "状況 花子");
    const interested = await expressInterest(alumnus.context, posting.id, null);
    const interestId = interested && interested.ok ? interested.id : "";

    await moveStage(staff, move({ interestId, stage: "CONTACTED" }));
    expect(await queuedStatusNotices(interestId)).toEqual([]);
    await moveStage(staff, move({ interestId, stage: "INTERVIEWING", sharedStatus: "面談日程をご連絡します" }));
    await moveStage(staff, move({ interestId, stage: "INTERVIEWING", note: "社内メモ", sharedStatus: "面談日程をご連絡します" }));
    const [notice] = await queuedStatusNotices(interestId);
    expect(await queuedStatusNotices(interestId)).toHaveLength(1);

    expect(await sendStatusNotice(notice!)).toBe(true);
    const mail = await db.outboxEmail.findMany({ where: { tenantId: tenant.id, tag: "interest-status" }, select: { to: true, subject: true, text: true } });
    expect(mail).toEqual([expect.objectContaining({ to: alumnus.user.email })]);
    expect(mail[0]!.subject).toContain("経理の業務委託");
    expect(mail[0]!.text).toContain("面談日程をご連絡します");
    expect(mail[0]!.text).not.toMatch(/INTERVIEWING|面接中|社内メモ/);

    // Replaced before its job ran: the old words are not sent.
    await moveStage(staff, move({ interestId, stage: "OFFERED", sharedStatus: "条件をご提示しました" }));
    await moveStage(staff, move({ interestId, stage: "OFFERED", sharedStatus: "ご返答をお待ちしています" }));
    const [, replaced, latest] = await queuedStatusNotices(interestId);
    expect(await sendStatusNotice(replaced!)).toBe(false);
    // A member who turned off opportunity mail is not mailed.
    await db.emailPreference.create({ data: { tenantId: tenant.id, membershipId: alumnus.membership.id, category: "opportunities", enabled: false } });
    expect(await sendStatusNotice(latest!)).toBe(false);
    expect(await db.outboxEmail.count({ where: { tenantId: tenant.id, tag: "interest-status" } })).toBe(1);
  });
});

describe("referral checks", () => {
  it("refer a person to a posting once, whoever refers them, and never the referrer themselves", async () => {
    const { tenant } = await company();
    const posting = await createPosting(tenant.id);
    const another = await createPosting(tenant.id, { title: "別の募集" });
    const first = await alumnusContext(tenant, "紹介者 一");
    const second = await alumnusContext(tenant, "紹介者 二");
    expect(await createReferral(first.context, posting.id, { name: "友人", email: "friend@example.com", note: null })).toMatchObject({ ok: true });
    expect(await createReferral(second.context, posting.id, { name: "友人", email: "friend@example.com", note: null })).toEqual({ ok: false, reason: "alreadyReferred" });
    expect(await createReferral(second.context, another.id, { name: "友人", email: "friend@example.com", note: null })).toMatchObject({ ok: true });
    expect(await createReferral(first.context, posting.id, { name: "自分", email: first.user.email, note: null })).toEqual({ ok: false, reason: "self" });
    expect(await db.referral.count({ where: { tenantId: tenant.id } })).toBe(2);
  });
});
