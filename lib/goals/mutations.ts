import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { localToday } from "@/lib/time/zoned";
import { currentValue } from "./queries";
import type { GoalForm, ReviewForm } from "./schema";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export type GoalOutcome =
  | { ok: true; id: string }
  | { ok: false; field: "dueOn"; reason: "goalDuePast" }
  | { ok: false; field: "target"; reason: "goalAlreadyReached"; current: number };

/** Sets a target; the goal starts today from the metric's current value, so its planned path starts where we are. */
export async function createGoal(context: TenantContext, form: GoalForm): Promise<GoalOutcome> {
  const today = localToday(context.tenant.timezone);
  if (day(form.dueOn) <= today) {
    return { ok: false, field: "dueOn", reason: "goalDuePast" };
  }
  const baseline = await currentValue(context, form.metric);
  // A target already met measures nothing: the goal is to move the figure.
  if (form.target <= baseline) {
    return { ok: false, field: "target", reason: "goalAlreadyReached", current: baseline };
  }
  const goal = await db.goal.create({
    data: {
      tenantId: context.tenant.id,
      metric: form.metric,
      target: form.target,
      baseline,
      startOn: today,
      dueOn: day(form.dueOn),
      title: form.title ?? null,
      createdById: context.userId,
    },
    select: { id: true },
  });
  return { ok: true, id: goal.id };
}

/** Changes a goal's target, due date or title (not its metric: that would be another goal). */
export async function updateGoal(context: TenantContext, id: string, form: GoalForm): Promise<GoalOutcome | { ok: false; notFound: true }> {
  const { count } = await db.goal.updateMany({
    where: { id, tenantId: context.tenant.id },
    data: { target: form.target, dueOn: day(form.dueOn), title: form.title ?? null },
  });
  return count ? { ok: true, id } : { ok: false, notFound: true };
}

/** Removes a goal and its reviews. */
export async function deleteGoal(context: TenantContext, id: string): Promise<boolean> {
  const { count } = await db.goal.deleteMany({ where: { id, tenantId: context.tenant.id } });
  return count > 0;
}

/** Adds a review to one of the company's goals: its id, or null for a goal that is not theirs. */
export async function addReview(context: TenantContext, review: ReviewForm): Promise<string | null> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const goal = await tx.goal.findFirst({ where: { id: review.goalId, tenantId }, select: { id: true } });
    if (!goal) {
      return null;
    }
    const created = await tx.goalReview.create({
      data: { tenantId, goalId: goal.id, reviewedOn: day(review.reviewedOn), did: review.did, learned: review.learned, next: review.next, authorId: context.userId },
      select: { id: true },
    });
    return created.id;
  });
}

export async function deleteReview(context: TenantContext, id: string): Promise<boolean> {
  const { count } = await db.goalReview.deleteMany({ where: { id, tenantId: context.tenant.id } });
  return count > 0;
}
