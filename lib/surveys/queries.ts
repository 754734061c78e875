import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { npsOf, type NpsSummary } from "./nps";

/** The company's surveys, newest first, with how many were asked and answered. */
export async function listSurveys(context: TenantContext) {
  const tenantId = context.tenant.id;
  const surveys = await db.survey.findMany({
    where: { tenantId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, status: true, anonymous: true, openedAt: true, closedAt: true, _count: { select: { recipients: true, responses: true } } },
  });
  return surveys.map(({ _count, ...s }) => ({ ...s, recipients: _count.recipients, responses: _count.responses }));
}

/** A survey with its questions, for staff (to edit a draft or read results); null for another company's. */
export async function getSurvey(context: TenantContext, id: string) {
  return db.survey.findFirst({
    where: { id, tenantId: context.tenant.id },
    select: {
      id: true, title: true, intro: true, anonymous: true, segmentId: true, status: true, openedAt: true, closedAt: true,
      questions: { orderBy: { position: "asc" }, select: { id: true, kind: true, prompt: true, options: true, required: true } },
    },
  });
}

export type QuestionResult =
  | { id: string; kind: "NPS"; prompt: string; nps: NpsSummary }
  | { id: string; kind: "SINGLE" | "MULTIPLE"; prompt: string; answered: number; counts: { option: string; count: number }[] }
  | { id: string; kind: "TEXT"; prompt: string; texts: { text: string; name: string | null }[] };

/**
 * Results per question: NPS with its distribution, choice counts, free-text answers — with the person's name
 * only when the survey is not anonymous.
 */
export async function surveyResults(context: TenantContext, id: string) {
  const tenantId = context.tenant.id;
  const survey = await getSurvey(context, id);
  if (!survey) {
    return null;
  }
  const [recipients, answered, answers] = await Promise.all([
    db.surveyRecipient.count({ where: { tenantId, surveyId: id } }),
    db.surveyResponse.count({ where: { tenantId, surveyId: id } }),
    db.surveyAnswer.findMany({
      where: { tenantId, response: { surveyId: id } },
      orderBy: { id: "asc" },
      select: { questionId: true, score: true, choices: true, text: true, response: { select: { membershipId: true } } },
    }),
  ]);
  const memberIds = [...new Set(answers.map((a) => a.response.membershipId).filter((m): m is string => m !== null))];
  const names = new Map(
    (await db.alumniProfile.findMany({ where: { tenantId, membershipId: { in: memberIds } }, select: { membershipId: true, displayName: true } })).map((p) => [p.membershipId, p.displayName]),
  );
  const results: QuestionResult[] = survey.questions.map((q) => {
    const mine = answers.filter((a) => a.questionId === q.id);
    if (q.kind === "NPS") {
      return { id: q.id, kind: "NPS", prompt: q.prompt, nps: npsOf(mine.map((a) => a.score).filter((s): s is number => s !== null)) };
    }
    if (q.kind === "TEXT") {
      return { id: q.id, kind: "TEXT", prompt: q.prompt, texts: mine.map((a) => ({ text: a.text ?? "", name: survey.anonymous || !a.response.membershipId ? null : (names.get(a.response.membershipId) ?? null) })) };
    }
    return {
      id: q.id, kind: q.kind, prompt: q.prompt, answered: mine.length,
      counts: q.options.map((option) => ({ option, count: mine.filter((a) => a.choices.includes(option)).length })),
    };
  });
  return { survey, recipients, answered, results };
}

/** Open surveys this alumna may answer (sent to all alumni, or to her), with whether she already did; none for staff. */
export async function surveysForMember(context: TenantContext) {
  if (context.membership.role !== "ALUMNI") {
    return [];
  }
  const membershipId = context.membership.id;
  const surveys = await db.survey.findMany({
    where: { tenantId: context.tenant.id, status: "OPEN", OR: [{ segmentId: null }, { recipients: { some: { membershipId } } }] },
    orderBy: { openedAt: "desc" },
    select: { id: true, title: true, intro: true, anonymous: true, recipients: { where: { membershipId }, select: { answeredAt: true } } },
  });
  return surveys.map(({ recipients, ...s }) => ({ ...s, answered: Boolean(recipients[0]?.answeredAt) }));
}
