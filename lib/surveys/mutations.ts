import "server-only";
import { db, type Tx } from "@/lib/db";
import { inTransaction, jobQueue } from "@/lib/jobs/boss";
import { QUEUES, type AnnounceSurveyJob } from "@/lib/jobs/queues";
import { segmentMemberIds } from "@/lib/segments/audience";
import type { TenantContext } from "@/lib/tenancy/resolve";
import type { SurveyForm } from "./schema";


export type SaveOutcome = { ok: true; id: string } | { ok: false; reason: "notFound" | "notDraft" | "unknownSegment" };

async function segmentIsOurs(tx: Tx, tenantId: string, segmentId: string | undefined) {
  return !segmentId || (await tx.segment.count({ where: { id: segmentId, tenantId } })) > 0;
}

/** Creates a draft, or rewrites one (its questions replaced as a whole); an opened survey no longer changes. */
export async function saveSurvey(context: TenantContext, form: SurveyForm, id?: string): Promise<SaveOutcome> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    if (!(await segmentIsOurs(tx, tenantId, form.segmentId))) {
      return { ok: false, reason: "unknownSegment" } as const;
    }
    const head = { title: form.title, intro: form.intro ?? null, anonymous: form.anonymous, segmentId: form.segmentId ?? null };
    let surveyId = id;
    if (surveyId) {
      const existing = await tx.survey.findFirst({ where: { id: surveyId, tenantId }, select: { status: true } });
      if (!existing) {
        return { ok: false, reason: "notFound" } as const;
      }
      if (existing.status !== "DRAFT") {
        return { ok: false, reason: "notDraft" } as const;
      }
      await tx.survey.update({ where: { id: surveyId }, data: head });
      await tx.surveyQuestion.deleteMany({ where: { tenantId, surveyId } });
    } else {
      surveyId = (await tx.survey.create({ data: { ...head, tenantId, createdById: context.userId }, select: { id: true } })).id;
    }
    await tx.surveyQuestion.createMany({
      data: form.questions.map((q, position) => ({ tenantId, surveyId: surveyId!, position, kind: q.kind, prompt: q.prompt, options: q.options, required: q.required })),
    });
    return { ok: true, id: surveyId } as const;
  });
}

/**
 * Opens a draft: its audience (everyone, or the segment's members today) becomes its recipients — the response
 * rate's denominator and who is told — and the announcement job is queued in the same transaction.
 */
export async function openSurvey(context: TenantContext, id: string): Promise<{ ok: true; recipients: number } | { ok: false }> {
  const tenantId = context.tenant.id;
  const survey = await db.survey.findFirst({ where: { id, tenantId, status: "DRAFT" }, select: { segmentId: true } });
  if (!survey) {
    return { ok: false };
  }
  const audience = survey.segmentId
    ? await segmentMemberIds(tenantId, survey.segmentId)
    : (await db.membership.findMany({ where: { tenantId, role: "ALUMNI", status: "ACTIVE" }, select: { id: true } })).map((m) => m.id);
  if (audience === null) {
    return { ok: false };
  }
  const boss = await jobQueue();
  return db.$transaction(async (tx) => {
    const { count } = await tx.survey.updateMany({ where: { id, tenantId, status: "DRAFT" }, data: { status: "OPEN", openedAt: new Date() } });
    if (!count) {
      return { ok: false } as const;
    }
    await tx.surveyRecipient.createMany({ data: audience.map((membershipId) => ({ tenantId, surveyId: id, membershipId })), skipDuplicates: true });
    const job: AnnounceSurveyJob = { tenantId, surveyId: id };
    await boss.send(QUEUES.announceSurvey, job, { db: inTransaction(tx) });
    return { ok: true, recipients: audience.length } as const;
  }, { timeout: 60_000 });
}

export async function closeSurvey(context: TenantContext, id: string): Promise<boolean> {
  const { count } = await db.survey.updateMany({ where: { id, tenantId: context.tenant.id, status: "OPEN" }, data: { status: "CLOSED", closedAt: new Date() } });
  return count > 0;
}

/** Deletes a draft (an opened survey holds people's answers: close it instead). */
export async function deleteDraftSurvey(context: TenantContext, id: string): Promise<boolean> {
  const { count } = await db.survey.deleteMany({ where: { id, tenantId: context.tenant.id, status: "DRAFT" } });
  return count > 0;
}
