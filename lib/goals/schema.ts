import { z } from "zod";
import { GOAL_METRICS, isRate } from "./metrics";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** The goal form: a metric, a target and a due date; rates are percentages. */
export const goalFormSchema = z
  .object({
    metric: z.enum(GOAL_METRICS, { error: "goalMetric" }),
    target: z.coerce.number({ error: "goalTarget" }).positive({ error: "goalTarget" }).max(10_000_000, { error: "goalTarget" }),
    dueOn: z.iso.date({ error: "goalDueOn" }),
    title: z.preprocess(blankToUndefined, z.string().trim().max(120).optional()),
  })
  .refine((g) => !isRate(g.metric) || g.target <= 100, { path: ["target"], error: "goalRateTarget" })
  .refine((g) => isRate(g.metric) || Number.isInteger(g.target), { path: ["target"], error: "goalCountTarget" });

export type GoalForm = z.infer<typeof goalFormSchema>;

/** A review: the day it covers and three short texts (what we did, learned, will do next). */
export const reviewFormSchema = z.object({
  goalId: z.string().min(1).max(40),
  reviewedOn: z.iso.date({ error: "reviewDate" }),
  did: z.string().trim().min(1, { error: "required" }).max(2000),
  learned: z.string().trim().min(1, { error: "required" }).max(2000),
  next: z.string().trim().min(1, { error: "required" }).max(2000),
});

export type ReviewForm = z.infer<typeof reviewFormSchema>;
