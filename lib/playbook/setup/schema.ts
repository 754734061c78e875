import { z } from "zod";
import { GOAL_METRICS, isRate } from "@/lib/goals/metrics";
import { MAX_BODY, MAX_SUBJECT } from "@/lib/broadcasts/schema";
import { PURPOSES, SETUP_STEPS, WAVE_INTERVALS } from "./steps";

// Messages are keys of the `validation` catalog (the setup's under `setup`).

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => v || null);
const isoDate = (error: string) => z.iso.date({ error });

/** Step 1: one or more of the common purposes, and/or the company's own words. */
export const purposeFormSchema = z
  .object({
    purposes: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(PURPOSES)).max(PURPOSES.length)),
    purposeNote: optionalText(500),
  })
  .refine((f) => f.purposes.length > 0 || f.purposeNote, { path: ["purposes"], error: "setup.purposeRequired" });

export type PurposeForm = z.output<typeof purposeFormSchema>;

/**
 * Step 2: for each suggested figure, whether to keep it and its 1-year and 3-year targets (fields `include_X`,
 * `oneYear_X`, `threeYear_X`), so each error lands beside its own box.
 */
export const goalsFormSchema = z
  .object(
    Object.fromEntries(
      GOAL_METRICS.flatMap((m) => [
        [`include_${m}`, checkbox],
        [`oneYear_${m}`, z.string().trim().max(20).optional()],
        [`threeYear_${m}`, z.string().trim().max(20).optional()],
      ]),
    ) as Record<string, z.ZodType<unknown>>,
  )
  .transform((form, ctx) => {
    const goals: { metric: (typeof GOAL_METRICS)[number]; oneYear: number; threeYear: number }[] = [];
    for (const metric of GOAL_METRICS) {
      if (!form[`include_${metric}`]) {
        continue;
      }
      const one = target(metric, form[`oneYear_${metric}`], `oneYear_${metric}`, ctx);
      const three = target(metric, form[`threeYear_${metric}`], `threeYear_${metric}`, ctx);
      if (one !== null && three !== null) {
        if (three <= one) {
          ctx.addIssue({ code: "custom", path: [`threeYear_${metric}`], message: "setup.threeAboveOne" });
        }
        goals.push({ metric, oneYear: one, threeYear: three });
      }
    }
    return goals;
  });

function target(metric: (typeof GOAL_METRICS)[number], raw: unknown, path: string, ctx: z.RefinementCtx): number | null {
  const value = typeof raw === "string" && raw !== "" ? Number(raw) : NaN;
  const problem = !Number.isFinite(value) || value <= 0 ? "goalTarget" : isRate(metric) ? (value > 100 ? "goalRateTarget" : null) : Number.isInteger(value) ? null : "goalCountTarget";
  if (problem) {
    ctx.addIssue({ code: "custom", path: [path], message: problem });
    return null;
  }
  return value;
}

export type GoalsForm = z.output<typeof goalsFormSchema>;

/** Step 3: invitation waves for past leavers, and how new leavers are reached. */
export const planFormSchema = z
  .object({
    waves: checkbox,
    waveSize: z.string().trim().optional(),
    waveEveryDays: z.string().trim().optional(),
    firstWaveOn: z.string().trim().optional(),
    inviteOnLastDay: checkbox,
    handOutJoinLink: checkbox,
  })
  .transform((form, ctx) => {
    if (!form.waves) {
      return { wave: null, inviteOnLastDay: form.inviteOnLastDay, handOutJoinLink: form.handOutJoinLink };
    }
    const size = Number(form.waveSize);
    if (!Number.isInteger(size) || size < 10 || size > 5000) {
      ctx.addIssue({ code: "custom", path: ["waveSize"], message: "setup.waveSize" });
    }
    const every = Number(form.waveEveryDays);
    if (!(WAVE_INTERVALS as readonly number[]).includes(every)) {
      ctx.addIssue({ code: "custom", path: ["waveEveryDays"], message: "invalid" });
    }
    if (!isoDate("x").safeParse(form.firstWaveOn).success) {
      ctx.addIssue({ code: "custom", path: ["firstWaveOn"], message: "setup.firstWaveOn" });
    }
    return { wave: { size, everyDays: every, firstOn: form.firstWaveOn ?? "" }, inviteOnLastDay: form.inviteOnLastDay, handOutJoinLink: form.handOutJoinLink };
  });

export type PlanForm = z.output<typeof planFormSchema>;

export const MESSAGE_INTENTS = ["send", "schedule", "save"] as const;

/** Step 4: the first message in one or both languages, and whether it goes now, later or stays a draft. */
export const messageFormSchema = z
  .object({
    subjectJa: optionalText(MAX_SUBJECT),
    bodyJa: optionalText(MAX_BODY),
    subjectEn: optionalText(MAX_SUBJECT),
    bodyEn: optionalText(MAX_BODY),
    intent: z.enum(MESSAGE_INTENTS, { error: "required" }),
    scheduledAt: z.string().trim().optional().transform((v) => v || null),
  })
  .superRefine((form, ctx) => {
    for (const [subject, body] of [
      ["subjectJa", "bodyJa"],
      ["subjectEn", "bodyEn"],
    ] as const) {
      if (form[subject] && !form[body]) {
        ctx.addIssue({ code: "custom", path: [body], message: "broadcasts.bodyRequired" });
      }
      if (form[body] && !form[subject]) {
        ctx.addIssue({ code: "custom", path: [subject], message: "broadcasts.subjectRequired" });
      }
    }
    if (!form.bodyJa && !form.bodyEn) {
      ctx.addIssue({ code: "custom", path: ["bodyJa"], message: "broadcasts.oneLanguage" });
    }
    if (form.intent === "schedule" && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(form.scheduledAt ?? "")) {
      ctx.addIssue({ code: "custom", path: ["scheduledAt"], message: "broadcasts.scheduleRequired" });
    }
  });

export type MessageForm = z.output<typeof messageFormSchema>;

/** Step 5: when the team first looks back at the goals. */
export const reviewFormSchema = z.object({ reviewOn: isoDate("setup.reviewOn") });

export const skipFormSchema = z.object({ step: z.enum(SETUP_STEPS) });
