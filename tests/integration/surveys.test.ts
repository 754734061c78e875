import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as answersCsv } from "@/app/[tenant]/admin/surveys/[id]/answers/route";
import { answerSurveyAction, saveSurveyAction } from "@/lib/actions/surveys";
import { db } from "@/lib/db";
import { saveEmailPreferences } from "@/lib/email/preferences";
import { translatorFor } from "@/lib/i18n/messages";
import { createSegment } from "@/lib/segments/mutations";
import { announceSurvey } from "@/lib/surveys/announce";
import { submitAnswers, surveyForMember } from "@/lib/surveys/answer";
import { closeSurvey, deleteDraftSurvey, openSurvey, saveSurvey } from "@/lib/surveys/mutations";
import { getSurvey, listSurveys, surveyResults, surveysForMember } from "@/lib/surveys/queries";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { caller } from "../support/action-caller";
import { createAlumnus, createMember, createTenant } from "../support/factories";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

process.env.AUTH_URL = "http://localhost:3000";
const tv = translatorFor("ja", "validation");

const contextOf = async (slug: string, userId: string) => (await resolveTenantContext(slug, userId)) as TenantContext;

// HR, two alumni of 営業部 (the segment) and one of 開発部.
async function company() {
  const tenant = await createTenant();
  const hr = await createMember(tenant.id, "HR");
  const context = await contextOf(tenant.slug, hr.user.id);
  const people = [];
  for (const [name, department] of [["佐藤 花子", "営業部"], ["鈴木 健", "営業部"], ["田中 一郎", "開発部"]] as const) {
    const a = await createAlumnus(tenant.id, { displayName: name });
    await db.alumniProfile.update({ where: { id: a.profile.id }, data: { department } });
    people.push({ ...a, context: await contextOf(tenant.slug, a.user.id) });
  }
  const segment = await createSegment(context, "営業部OB", { department: "営業部" });
  return { tenant, hr, context, people, segmentId: segment.ok ? segment.id : "" };
}

const npsSurvey = (segmentId: string | undefined, anonymous: boolean) => ({
  title: "満足度調査", intro: undefined, anonymous, segmentId,
  questions: [
    { kind: "NPS" as const, prompt: "勧める可能性は？", options: [], required: true },
    { kind: "TEXT" as const, prompt: "ご意見", options: [], required: false },
  ],
});

async function openedSurvey(c: Awaited<ReturnType<typeof company>>, anonymous = false, toSegment = true) {
  const saved = await saveSurvey(c.context, npsSurvey(toSegment ? c.segmentId : undefined, anonymous));
  const id = saved.ok ? saved.id : "";
  expect(await openSurvey(c.context, id)).toEqual({ ok: true, recipients: toSegment ? 2 : 3 });
  const questions = (await getSurvey(c.context, id))!.questions;
  return { id, nps: questions[0]!.id, text: questions[1]!.id };
}

beforeEach(() => {
  caller.userId = null;
});

describe("surveys", () => {
  it("reach the segment's members only, take one answer each, and give the NPS worked out by hand", async () => {
    const c = await company();
    const s = await openedSurvey(c);
    const [hanako, ken, ichiro] = c.people;
    expect(await surveyForMember(ichiro!.context, s.id)).toBeNull();
    expect(await submitAnswers(ichiro!.context, s.id, { [`a_${s.nps}`]: "10" })).toEqual({ ok: false, reason: "notFound" });
    expect((await surveysForMember(hanako!.context)).map((x) => x.answered)).toEqual([false]);

    expect(await submitAnswers(hanako!.context, s.id, { [`a_${s.nps}`]: "10", [`a_${s.text}`]: "交流会が楽しい" })).toEqual({ ok: true });
    expect(await submitAnswers(hanako!.context, s.id, { [`a_${s.nps}`]: "0" })).toEqual({ ok: false, reason: "alreadyAnswered" });
    expect(await submitAnswers(ken!.context, s.id, { [`a_${s.nps}`]: "5" })).toEqual({ ok: true });
    expect((await surveysForMember(hanako!.context)).map((x) => x.answered)).toEqual([true]);

    const results = await surveyResults(c.context, s.id);
    expect(results).toMatchObject({ recipients: 2, answered: 2 });
    // One promoter (10), one detractor (5): (1 − 1) / 2 = 0.
    expect(results!.results[0]).toMatchObject({ kind: "NPS", nps: { responses: 2, promoters: 1, detractors: 1, score: 0 } });
    expect(results!.results[1]).toMatchObject({ kind: "TEXT", texts: [{ text: "交流会が楽しい", name: "佐藤 花子" }] });
  });

  it("ask alumni only: staff see no survey to answer in the portal", async () => {
    const c = await company();
    const s = await openedSurvey(c, false, false);
    expect(await surveysForMember(c.context)).toEqual([]);
    expect(await submitAnswers(c.context, s.id, { [`a_${s.nps}`]: "10" })).toEqual({ ok: false, reason: "notFound" });
  });

  it("take a single answer when the same person submits twice at the same moment", async () => {
    const c = await company();
    const s = await openedSurvey(c);
    const outcomes = await Promise.all([1, 2, 3].map((n) => submitAnswers(c.people[0]!.context, s.id, { [`a_${s.nps}`]: String(n) })));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(await db.surveyResponse.count({ where: { surveyId: s.id } })).toBe(1);
  });

  it("when anonymous, keep who answered apart from what they answered, in the results and the CSV", async () => {
    const c = await company();
    const s = await openedSurvey(c, true, false);
    await submitAnswers(c.people[0]!.context, s.id, { [`a_${s.nps}`]: "9", [`a_${s.text}`]: "匿名の意見" });
    const response = await db.surveyResponse.findFirstOrThrow({ where: { surveyId: s.id } });
    expect(response.membershipId).toBeNull();
    expect(response.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(response.createdAt.getUTCHours()).toBe(0);
    const results = await surveyResults(c.context, s.id);
    expect(results!.results[1]).toMatchObject({ texts: [{ text: "匿名の意見", name: null }] });

    caller.userId = c.hr.user.id;
    const csv = await (await answersCsv(new Request("http://localhost/x"), { params: Promise.resolve({ tenant: c.tenant.slug, id: s.id }) })).text();
    expect(csv).toContain("匿名の意見");
    expect(csv).not.toContain("佐藤");
    expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("回答,質問,回答内容");
  });

  it("are announced by email once, to recipients who allow company news, in their language", async () => {
    const c = await company();
    await saveEmailPreferences(c.people[1]!.context, { all: true, categories: { news: false, events: true, opportunities: true, messages: true } });
    const s = await openedSurvey(c);
    expect(await announceSurvey(c.tenant.id, s.id)).toBe(1);
    expect(await announceSurvey(c.tenant.id, s.id)).toBe(0);
    const mails = await db.outboxEmail.findMany({ where: { tenantId: c.tenant.id, tag: "survey" } });
    expect(mails.map((m) => m.to)).toEqual([c.people[0]!.user.email]);
    expect(mails[0]!.subject).toContain("満足度調査");
    expect(mails[0]!.text).toContain(`/${c.tenant.slug}/surveys/${s.id}`);
  });

  it("refuse answers after closing, and keep an opened survey's questions as they were", async () => {
    const c = await company();
    const s = await openedSurvey(c);
    expect(await saveSurvey(c.context, npsSurvey(undefined, false), s.id)).toEqual({ ok: false, reason: "notDraft" });
    expect(await deleteDraftSurvey(c.context, s.id)).toBe(false);
    expect(await closeSurvey(c.context, s.id)).toBe(true);
    expect(await submitAnswers(c.people[0]!.context, s.id, { [`a_${s.nps}`]: "9" })).toEqual({ ok: false, reason: "closed" });
  });

  it("belong to one company: another company's staff and alumni reach nothing, and its segment cannot be used", async () => {
    const a = await company();
    const b = await company();
    const s = await openedSurvey(b);
    expect(await getSurvey(a.context, s.id)).toBeNull();
    expect(await surveyResults(a.context, s.id)).toBeNull();
    expect(await listSurveys(a.context)).toEqual([]);
    expect(await openSurvey(a.context, s.id)).toEqual({ ok: false });
    expect(await closeSurvey(a.context, s.id)).toBe(false);
    expect(await surveyForMember(a.people[0]!.context, s.id)).toBeNull();
    expect(await submitAnswers(a.people[0]!.context, s.id, { [`a_${s.nps}`]: "9" })).toEqual({ ok: false, reason: "notFound" });
    expect(await saveSurvey(a.context, npsSurvey(b.segmentId, false))).toEqual({ ok: false, reason: "unknownSegment" });
    caller.userId = a.hr.user.id;
    expect((await answersCsv(new Request("http://localhost/x"), { params: Promise.resolve({ tenant: a.tenant.slug, id: s.id }) })).status).toBe(404);
    expect((await answersCsv(new Request("http://localhost/x"), { params: Promise.resolve({ tenant: b.tenant.slug, id: s.id }) })).status).toBe(404);
    expect(await db.surveyResponse.count({ where: { surveyId: s.id } })).toBe(0);
  });

  it("explain a bad form beside the field, and a missing answer under its question", async () => {
    const c = await company();
    caller.userId = c.hr.user.id;
    expect(await saveSurveyAction(null, { tenant: c.tenant.slug, title: "", q0_kind: "SINGLE", q0_prompt: "どれ？", q0_options: "ひとつだけ" })).toMatchObject({
      ok: false,
      fieldErrors: { title: tv("required"), q0_options: tv("surveyOptions") },
    });
    expect(await saveSurveyAction(null, { tenant: c.tenant.slug, title: "空" })).toMatchObject({ ok: false, fieldErrors: { q0_prompt: tv("surveyNoQuestions") } });

    const s = await openedSurvey(c);
    caller.userId = c.people[0]!.user.id;
    const refused = await answerSurveyAction(null, { tenant: c.tenant.slug, surveyId: s.id, [`a_${s.text}`]: "意見だけ" });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { [`a_${s.nps}`]: translatorFor("ja", "surveys")("portal.errors.required") } });
    expect(await db.surveyResponse.count({ where: { surveyId: s.id } })).toBe(0);
  });
});
