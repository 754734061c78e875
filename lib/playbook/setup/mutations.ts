import "server-only";
import { checkBroadcast, writeBroadcast, type SaveOutcome } from "@/lib/broadcasts/mutations";
import { broadcastFormSchema } from "@/lib/broadcasts/schema";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { liveFigures } from "@/lib/goals/live";
import { metricValue } from "@/lib/goals/metrics";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { localToday } from "@/lib/time/zoned";
import type { GoalsForm, MessageForm, PlanForm, PurposeForm } from "./schema";
import { SETUP_STEPS, type SetupStep } from "./steps";

const DAY = 86_400_000;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addYears = (d: Date, years: number) => new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()));

export type StepOutcome = { ok: true } | { ok: false; fieldErrors: Record<string, { key: string; values?: Record<string, number | string> }> };

/**
 * Records a step as done (or skipped) with what it decided, in the caller's transaction; the setup is complete
 * the moment every step is one or the other. Saving a step again updates it: the setup is resumable.
 */
async function markStep(tx: Tx, context: TenantContext, step: SetupStep, how: "done" | "skipped", data: Prisma.ProgramSetupUncheckedUpdateInput = {}) {
  const tenantId = context.tenant.id;
  const current = await tx.programSetup.upsert({ where: { tenantId }, create: { tenantId }, update: {}, select: { doneSteps: true, skippedSteps: true, completedAt: true } });
  const done = new Set(current.doneSteps);
  const skipped = new Set(current.skippedSteps);
  if (how === "done") {
    done.add(step);
    skipped.delete(step);
  } else if (!done.has(step)) {
    skipped.add(step);
  }
  const complete = SETUP_STEPS.every((s) => done.has(s) || skipped.has(s));
  await tx.programSetup.update({
    where: { tenantId },
    data: { ...data, doneSteps: [...done], skippedSteps: [...skipped], completedAt: complete ? (current.completedAt ?? new Date()) : null, updatedById: context.userId },
  });
}

export async function skipStep(context: TenantContext, step: SetupStep): Promise<void> {
  await db.$transaction((tx) => markStep(tx, context, step, "skipped"));
}

export async function savePurpose(context: TenantContext, form: PurposeForm): Promise<StepOutcome> {
  await db.$transaction((tx) => markStep(tx, context, "purpose", "done", { purposes: form.purposes, purposeNote: form.purposeNote }));
  return { ok: true };
}

/**
 * Writes the chosen figures as real KPI goals: for each, one due in a year and one in three, both starting from
 * where the figure stands today. All or nothing: a target already reached is an error beside its box.
 */
export async function saveSetupGoals(context: TenantContext, goals: GoalsForm): Promise<StepOutcome> {
  const figures = await liveFigures(context);
  const errors: Extract<StepOutcome, { ok: false }>["fieldErrors"] = {};
  for (const goal of goals) {
    const current = metricValue(goal.metric, figures);
    if (goal.oneYear <= current) {
      errors[`oneYear_${goal.metric}`] = { key: "goalAlreadyReached", values: { current } };
    }
  }
  if (Object.keys(errors).length) {
    return { ok: false, fieldErrors: errors };
  }
  const today = localToday(context.tenant.timezone);
  await db.$transaction(async (tx) => {
    await tx.goal.createMany({
      data: goals.flatMap((g) => {
        const common = { tenantId: context.tenant.id, metric: g.metric, baseline: metricValue(g.metric, figures), startOn: today, createdById: context.userId };
        return [
          { ...common, target: g.oneYear, dueOn: addYears(today, 1) },
          { ...common, target: g.threeYear, dueOn: addYears(today, 3) },
        ];
      }),
    });
    // Nothing chosen counts as done when the company has goals already (set here earlier or on the goals screen).
    const hasGoals = goals.length > 0 || (await tx.goal.count({ where: { tenantId: context.tenant.id, dueOn: { gt: today } } })) > 0;
    await markStep(tx, context, "goals", hasGoals ? "done" : "skipped");
  });
  return { ok: true };
}

export async function savePlan(context: TenantContext, form: PlanForm): Promise<StepOutcome> {
  if (form.wave && day(form.wave.firstOn) < localToday(context.tenant.timezone)) {
    return { ok: false, fieldErrors: { firstWaveOn: { key: "goalDuePast" } } };
  }
  await db.$transaction((tx) =>
    markStep(tx, context, "plan", "done", {
      waveSize: form.wave?.size ?? null,
      waveEveryDays: form.wave?.everyDays ?? null,
      firstWaveOn: form.wave ? day(form.wave.firstOn) : null,
      inviteOnLastDay: form.inviteOnLastDay,
      handOutJoinLink: form.handOutJoinLink,
    }),
  );
  return { ok: true };
}

/**
 * The first message: published on the company's landing page and saved as its first announcement to everyone —
 * sent now, scheduled, or kept as a draft — in one transaction. Saving again edits the same announcement while it
 * is a draft; once it has gone out, only the landing page changes (nobody gets the first message twice).
 */
export async function saveFirstMessage(context: TenantContext, form: MessageForm, now = new Date()): Promise<StepOutcome | Extract<SaveOutcome, { ok: false }>> {
  const tenantId = context.tenant.id;
  const setup = await db.programSetup.findUnique({ where: { tenantId }, select: { firstBroadcastId: true } });
  const earlier = setup?.firstBroadcastId ? await db.broadcast.findFirst({ where: { id: setup.firstBroadcastId, tenantId }, select: { id: true, status: true } }) : null;
  const editable = earlier?.status === "DRAFT" || earlier?.status === "SCHEDULED";
  const announce = !earlier || editable;
  // The compose form's own schema: the first message is an ordinary announcement to everyone.
  const broadcast = broadcastFormSchema.parse({
    id: editable ? earlier.id : undefined,
    category: "news",
    subjectJa: form.bodyJa ? (form.subjectJa ?? undefined) : undefined,
    bodyJa: form.bodyJa ?? undefined,
    subjectEn: form.bodyEn ? (form.subjectEn ?? undefined) : undefined,
    bodyEn: form.bodyEn ?? undefined,
    audience: "EVERYONE",
    scheduledAt: form.scheduledAt ?? undefined,
    intent: form.intent,
  });
  if (announce) {
    const checked = await checkBroadcast(context, broadcast, now);
    if (!checked.ok) {
      return checked;
    }
    return db.$transaction(async (tx) => {
      if (earlier?.status === "SCHEDULED") {
        // Back to a draft so it can be written again; writeBroadcast schedules or sends it as now asked.
        await tx.broadcast.updateMany({ where: { id: earlier.id, tenantId, status: "SCHEDULED" }, data: { status: "DRAFT", scheduledAt: null } });
      }
      const saved = await writeBroadcast(tx, context, broadcast, checked.scheduledAt, now);
      if (!saved.ok) {
        return saved;
      }
      await publish(tx, context, form, saved.id);
      return { ok: true } as const;
    });
  }
  await db.$transaction((tx) => publish(tx, context, form, setup!.firstBroadcastId!));
  return { ok: true };
}

async function publish(tx: Tx, context: TenantContext, form: MessageForm, broadcastId: string) {
  await tx.tenant.update({ where: { id: context.tenant.id }, data: { welcomeMessageJa: form.bodyJa, welcomeMessageEn: form.bodyEn } });
  await markStep(tx, context, "message", "done", { firstBroadcastId: broadcastId });
}

export async function saveReviewDate(context: TenantContext, reviewOn: string): Promise<StepOutcome> {
  const today = localToday(context.tenant.timezone);
  if (day(reviewOn) <= today) {
    return { ok: false, fieldErrors: { reviewOn: { key: "goalDuePast" } } };
  }
  if (day(reviewOn).getTime() - today.getTime() > 366 * DAY) {
    return { ok: false, fieldErrors: { reviewOn: { key: "setup.reviewTooFar" } } };
  }
  await db.$transaction((tx) => markStep(tx, context, "review", "done", { reviewOn: day(reviewOn) }));
  return { ok: true };
}
