import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { localToday } from "@/lib/time/zoned";
import { checkAnswers } from "./answer-check";

/**
 * The survey as this alumna may see it: open or closed, sent to her (or to all alumni), else null. Surveys ask
 * alumni: staff read the questions and results in the admin, and their answers would skew the results.
 */
export async function surveyForMember(context: TenantContext, surveyId: string) {
  if (context.membership.role !== "ALUMNI") {
    return null;
  }
  const membershipId = context.membership.id;
  return db.survey.findFirst({
    where: {
      id: surveyId,
      tenantId: context.tenant.id,
      status: { in: ["OPEN", "CLOSED"] },
      OR: [{ segmentId: null }, { recipients: { some: { membershipId } } }],
    },
    select: {
      id: true, title: true, intro: true, anonymous: true, status: true, segmentId: true,
      questions: { orderBy: { position: "asc" }, select: { id: true, kind: true, prompt: true, options: true, required: true } },
      recipients: { where: { membershipId }, select: { answeredAt: true } },
    },
  });
}

export type SubmitOutcome = { ok: true } | { ok: false; reason: "notFound" | "closed" | "alreadyAnswered" } | { ok: false; reason: "invalid"; errors: Record<string, "required" | "invalid"> };

/**
 * Records a member's answers, once: the recipient row is claimed (answeredAt set) in the same transaction that
 * stores the response, so a second submission — also a simultaneous one — is refused. For an anonymous survey
 * the response carries no membership and only the day, so nothing links the answers back to the person.
 */
export async function submitAnswers(context: TenantContext, surveyId: string, values: Record<string, unknown>): Promise<SubmitOutcome> {
  const survey = await surveyForMember(context, surveyId);
  if (!survey) {
    return { ok: false, reason: "notFound" };
  }
  if (survey.status !== "OPEN") {
    return { ok: false, reason: "closed" };
  }
  const checked = checkAnswers(survey.questions, values);
  if (!checked.ok) {
    return { ok: false, reason: "invalid", errors: checked.errors };
  }
  const tenantId = context.tenant.id;
  const membershipId = context.membership.id;
  try {
    return await db.$transaction(async (tx) => {
      // A survey to everyone also reaches people who joined after it opened: they become recipients on answering.
      if (!survey.segmentId) {
        await tx.surveyRecipient.createMany({ data: [{ tenantId, surveyId, membershipId }], skipDuplicates: true });
      }
      const { count } = await tx.surveyRecipient.updateMany({ where: { tenantId, surveyId, membershipId, answeredAt: null }, data: { answeredAt: new Date() } });
      if (!count) {
        return { ok: false, reason: "alreadyAnswered" } as const;
      }
      // Anonymous: random ids and the day only — a cuid carries its creation time, which could be matched with
      // when a recipient answered.
      const anonymousId = () => (survey.anonymous ? { id: randomUUID() } : {});
      const response = await tx.surveyResponse.create({
        data: {
          ...anonymousId(),
          tenantId,
          surveyId,
          membershipId: survey.anonymous ? null : membershipId,
          ...(survey.anonymous ? { createdAt: localToday(context.tenant.timezone) } : {}),
        },
        select: { id: true },
      });
      await tx.surveyAnswer.createMany({ data: checked.answers.map((a) => ({ ...anonymousId(), ...a, tenantId, responseId: response.id })) });
      return { ok: true } as const;
    });
  } catch (error) {
    // Two submissions at the same moment: the second waits for the first's row lock, then finds it answered.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034") {
      return { ok: false, reason: "alreadyAnswered" };
    }
    throw error;
  }
}
