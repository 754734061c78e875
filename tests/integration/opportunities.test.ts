import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { jobQueue } from "@/lib/jobs/boss";
import { expressGeneralInterest, expressInterest, listMyInterests, withdrawInterest } from "@/lib/opportunities/interests";
import { getPipelineItem, listPipeline, moveStage, setOwner } from "@/lib/opportunities/pipeline";
import { savePosting } from "@/lib/opportunities/postings";
import { getPostingForMember, listPostingsForMember } from "@/lib/opportunities/queries";
import { sendReferralInvite } from "@/lib/opportunities/referral-email";
import { createReferral, decideReferral } from "@/lib/opportunities/referrals";
import { boomerangFigures } from "@/lib/opportunities/returns";
import { moveStageSchema, postingFormSchema } from "@/lib/opportunities/schema";
import { createSegment } from "@/lib/segments/mutations";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { alumnusContext } from "../support/events";
import { createMember, createTenant } from "../support/factories";
import { createPosting, queuedReferralInvites } from "../support/opportunities";

async function company() {
  const tenant = await createTenant();
  const hr = await createMember(tenant.id, "HR");
  const staff = (await resolveTenantContext(tenant.slug, hr.user.id)) as TenantContext;
  return { tenant, hr, staff };
}

const move = (input: Record<string, string>) => moveStageSchema.parse(input);

describe("postings", () => {
  it("for a segment are seen, and taken interest in, only by alumni in it", async () => {
    const { tenant, staff } = await company();
    const data = await alumnusContext(tenant, "データ 花子");
    const sales = await alumnusContext(tenant, "営業 一郎");
    await db.alumniProfile.update({ where: { id: data.profile.id }, data: { department: "データ基盤部" } });
    await db.alumniProfile.update({ where: { id: sales.profile.id }, data: { department: "営業部" } });
    const segment = await createSegment(staff, "データ基盤部OB", { department: "データ基盤部" });
    const aimed = await createPosting(tenant.id, { title: "データ基盤の業務委託", segmentId: segment.ok ? segment.id : null });
    await createPosting(tenant.id, { title: "全社向け 再雇用", kind: "JOB" });
    await createPosting(tenant.id, { title: "下書き", status: "DRAFT" });

    const titles = async (context: TenantContext) => (await listPostingsForMember(context)).map((p) => p.title).sort();
    expect(await titles(data.context)).toEqual(["データ基盤の業務委託", "全社向け 再雇用"].sort());
    expect(await titles(sales.context)).toEqual(["全社向け 再雇用"]);
    expect((await listPostingsForMember(data.context, "JOB")).map((p) => p.title)).toEqual(["全社向け 再雇用"]);
    expect(await getPostingForMember(sales.context, aimed.id)).toBeNull();
    expect(await expressInterest(sales.context, aimed.id, null)).toBeNull();
    expect(await createReferral(sales.context, aimed.id, { name: "x", email: "x@example.com", note: null })).toBeNull();
    expect(await expressInterest(data.context, aimed.id, null)).toMatchObject({ ok: true });
  });

  it("close at the end of their close date in company time, and stop taking interest when closed", async () => {
    const { tenant, staff } = await company();
    const form = postingFormSchema.parse({ kind: "COLLABORATION", title: "協業パートナー募集", closesOn: "2030-03-31" });
    const saved = await savePosting(staff, form);
    const posting = await db.posting.findUniqueOrThrow({ where: { id: saved && saved.ok ? saved.id : "" } });
    expect(posting.closesAt?.toISOString()).toBe("2030-03-31T14:59:00.000Z");
    expect(posting.status).toBe("DRAFT");
    const closed = await createPosting(tenant.id, { status: "CLOSED" });
    const late = await createPosting(tenant.id, { closesAt: new Date(Date.now() - 60_000) });
    const alumnus = await alumnusContext(tenant);
    expect(await expressInterest(alumnus.context, closed.id, null)).toEqual({ ok: false, reason: "closed" });
    expect(await expressInterest(alumnus.context, late.id, null)).toEqual({ ok: false, reason: "closed" });
    expect(await expressInterest(alumnus.context, posting.id, null)).toBeNull();
  });
});

describe("the pipeline", () => {
  it("takes one interest per click, drops it when withdrawn, and starts afresh when expressed again", async () => {
    const { tenant, staff } = await company();
    const posting = await createPosting(tenant.id);
    const alumnus = await alumnusContext(tenant, "戻りたい 太郎");
    const [first, second] = await Promise.all([expressInterest(alumnus.context, posting.id, "週2日なら"), expressInterest(alumnus.context, posting.id, "週3日でも")]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: true, id: first && first.ok ? first.id : "" });
    const board = await listPipeline(staff);
    expect(board.map((i) => [i.name, i.stage])).toEqual([["戻りたい 太郎", "NEW"]]);
    const id = board[0]!.id;
    expect(await withdrawInterest(alumnus.context, id)).toBe(true);
    expect(await listPipeline(staff)).toEqual([]);
    expect(await getPipelineItem(staff, id)).toBeNull();
    expect(await listMyInterests(alumnus.context)).toEqual([]);
    const again = await expressInterest(alumnus.context, posting.id, null);
    expect(again && again.ok && again.id).not.toBe(id);
    expect(await listPipeline(staff)).toHaveLength(1);
  });

  it("moves through the stages to HIRED with a history, records the return date, and shows the alumnus only the shared status", async () => {
    const { tenant, staff, hr } = await company();
    const posting = await createPosting(tenant.id);
    const alumnus = await alumnusContext(tenant, "ブーメラン 花子");
    const interested = await expressInterest(alumnus.context, posting.id, "来春から");
    const interestId = interested && interested.ok ? interested.id : "";
    expect(await setOwner(staff, interestId, hr.membership.id)).toBe(true);
    expect(await setOwner(staff, interestId, alumnus.membership.id)).toBe(false);
    for (const stage of ["CONTACTED", "INTERVIEWING", "OFFERED"]) {
      expect(await moveStage(staff, move({ interestId, stage, note: `${stage} のメモ` }))).toBe(true);
    }
    expect(moveStageSchema.safeParse({ interestId, stage: "HIRED" }).success).toBe(false);
    expect(moveStageSchema.safeParse({ interestId, stage: "CLOSED" }).success).toBe(false);
    await moveStage(staff, move({ interestId, stage: "HIRED", hiredOn: "2027-04-01", sharedStatus: "4月1日からよろしくお願いします" }));

    const found = await getPipelineItem(staff, interestId);
    expect(found?.item).toMatchObject({ stage: "HIRED", ownerId: hr.membership.id, hiredAt: new Date("2027-04-01T00:00:00Z") });
    expect(found?.history.map((h) => [h.action, h.fromStage, h.toStage])).toEqual([
      ["MOVED", "OFFERED", "HIRED"],
      ["MOVED", "INTERVIEWING", "OFFERED"],
      ["MOVED", "CONTACTED", "INTERVIEWING"],
      ["MOVED", "NEW", "CONTACTED"],
      ["OWNER", null, null],
      ["CREATED", null, "NEW"],
    ]);
    const mine = await listMyInterests(alumnus.context);
    expect(mine).toEqual([expect.objectContaining({ sharedStatus: "4月1日からよろしくお願いします", hired: true })]);
    expect(mine[0]).not.toHaveProperty("stage");
    // A hire is a record of a return: it cannot be withdrawn.
    expect(await withdrawInterest(alumnus.context, interestId)).toBe(false);
  });

  it("holds casual-chat requests and the open-to-return signal next to posting interests", async () => {
    const { tenant, staff } = await company();
    const alumnus = await alumnusContext(tenant, "話したい 次郎");
    const chat = await expressGeneralInterest(alumnus.context, "CASUAL_CHAT", "近況をお話ししたいです");
    expect(await expressGeneralInterest(alumnus.context, "CASUAL_CHAT", null)).toBe(chat);
    await expressGeneralInterest(alumnus.context, "OPEN_TO_RETURN", null);
    expect((await listPipeline(staff)).map((i) => i.kind).sort()).toEqual(["CASUAL_CHAT", "OPEN_TO_RETURN"]);
  });

  it("is not visible to alumni: they hold no pipeline.read", async () => {
    const { tenant } = await company();
    const alumnus = await alumnusContext(tenant);
    expect(alumnus.context.permissions.has("pipeline.read")).toBe(false);
  });
});

describe("referrals", () => {
  it("email the referred person only after HR accepts, once, and never when declined", async () => {
    await jobQueue();
    const { tenant, staff } = await company();
    const posting = await createPosting(tenant.id, { title: "SRE 業務委託" });
    const referrer = await alumnusContext(tenant, "紹介 三郎");
    const accepted = await createReferral(referrer.context, posting.id, { name: "友人 四郎", email: "shiro@example.com", note: "前職で一緒でした" });
    const declined = await createReferral(referrer.context, posting.id, { name: "友人 五郎", email: "goro@example.com", note: null });
    const acceptedId = accepted && accepted.ok ? accepted.id : "";
    const declinedId = declined && declined.ok ? declined.id : "";
    expect(await queuedReferralInvites(acceptedId)).toEqual([]);

    expect(await decideReferral(staff, acceptedId, "ACCEPTED")).toBe(true);
    expect(await decideReferral(staff, acceptedId, "DECLINED")).toBeNull();
    expect(await decideReferral(staff, declinedId, "DECLINED")).toBe(true);
    const jobs = await queuedReferralInvites(acceptedId);
    expect(jobs).toEqual([{ tenantId: tenant.id, referralId: acceptedId }]);
    expect(await queuedReferralInvites(declinedId)).toEqual([]);

    expect(await sendReferralInvite(jobs[0]!)).toBe(true);
    expect(await sendReferralInvite({ tenantId: tenant.id, referralId: declinedId })).toBe(false);
    const mail = await db.outboxEmail.findMany({ where: { tenantId: tenant.id, tag: "referral-invite" } });
    expect(mail.map((m) => m.to)).toEqual(["shiro@example.com"]);
    expect(mail[0]!.subject).toContain("紹介 三郎");
    expect(mail[0]!.subject).toContain("SRE 業務委託");
  });
});

describe("boomerang figures", () => {
  it("count returns per year and the median time away from the leave date", async () => {
    const { tenant, staff } = await company();
    const posting = await createPosting(tenant.id);
    for (const [leftOn, hiredOn] of [["2022-03-31", "2025-04-01"], ["2024-09-30", "2026-04-01"], ["2023-06-30", "2026-07-01"]] as const) {
      const person = await alumnusContext(tenant);
      await db.alumniProfile.update({ where: { id: person.profile.id }, data: { leftOn: new Date(`${leftOn}T00:00:00Z`) } });
      const interested = await expressInterest(person.context, posting.id, null);
      await moveStage(staff, move({ interestId: interested && interested.ok ? interested.id : "", stage: "HIRED", hiredOn }));
    }
    expect(await boomerangFigures(staff)).toEqual({ byYear: [{ year: 2026, returns: 2 }, { year: 2025, returns: 1 }], medianMonthsAway: 36 });
  });
});
