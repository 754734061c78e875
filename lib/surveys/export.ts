import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";

/**
 * A survey's answers as rows (response number, name unless anonymous, question, answer); null for another
 * company's survey. Anonymous responses are numbered in a random order (their ids are random), not by time.
 */
export async function surveyAnswerRows(context: TenantContext, surveyId: string, header: (key: string) => string): Promise<string[][] | null> {
  const tenantId = context.tenant.id;
  const survey = await db.survey.findFirst({
    where: { id: surveyId, tenantId },
    select: { anonymous: true, questions: { orderBy: { position: "asc" }, select: { id: true, prompt: true } } },
  });
  if (!survey) {
    return null;
  }
  const responses = await db.surveyResponse.findMany({
    where: { tenantId, surveyId },
    orderBy: { id: "asc" },
    select: { membershipId: true, answers: { select: { questionId: true, score: true, choices: true, text: true } } },
  });
  const names = new Map(
    (await db.alumniProfile.findMany({
      where: { tenantId, membershipId: { in: responses.flatMap((r) => (r.membershipId ? [r.membershipId] : [])) } },
      select: { membershipId: true, displayName: true },
    })).map((p) => [p.membershipId, p.displayName]),
  );
  const rows: string[][] = [survey.anonymous ? [header("response"), header("question"), header("answer")] : [header("response"), header("name"), header("question"), header("answer")]];
  responses.forEach((r, i) => {
    for (const q of survey.questions) {
      const a = r.answers.find((x) => x.questionId === q.id);
      if (!a) {
        continue;
      }
      const answer = a.score !== null ? String(a.score) : a.text ?? a.choices.join(" / ");
      rows.push(survey.anonymous ? [String(i + 1), q.prompt, answer] : [String(i + 1), (r.membershipId && names.get(r.membershipId)) || "", q.prompt, answer]);
    }
  });
  return rows;
}
