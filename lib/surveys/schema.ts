import { z } from "zod";

export const QUESTION_KINDS = ["NPS", "SINGLE", "MULTIPLE", "TEXT"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const MAX_QUESTIONS = 10;
const MAX_OPTIONS = 12;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const question = z
  .object({
    kind: z.enum(QUESTION_KINDS, { error: "surveyQuestionKind" }),
    prompt: z.string().trim().min(1, { error: "required" }).max(300),
    // One choice per line, as HR would type them.
    options: z
      .string()
      .max(3000)
      .optional()
      .transform((v) => [...new Set((v ?? "").split(/\r?\n/).map((o) => o.trim()).filter(Boolean))]),
    required: z.boolean(),
  })
  .refine((q) => (q.kind !== "SINGLE" && q.kind !== "MULTIPLE") || (q.options.length >= 2 && q.options.length <= MAX_OPTIONS), {
    path: ["options"],
    error: "surveyOptions",
  });

export type SurveyQuestionForm = z.output<typeof question>;

/**
 * The survey builder's form: numbered question fields (q0_kind, q0_prompt, …) with blank slots skipped, so the
 * page can offer empty slots to fill without JavaScript. Errors are reported on the numbered field.
 */
export const surveyFormSchema = z
  .record(z.string(), z.unknown())
  .transform((raw, ctx) => {
    const questions: SurveyQuestionForm[] = [];
    for (let i = 0; i < MAX_QUESTIONS; i++) {
      const prompt = typeof raw[`q${i}_prompt`] === "string" ? (raw[`q${i}_prompt`] as string) : "";
      if (!prompt.trim()) {
        continue;
      }
      const parsed = question.safeParse({ kind: raw[`q${i}_kind`], prompt, options: raw[`q${i}_options`] ?? "", required: raw[`q${i}_required`] === "on" });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          ctx.addIssue({ code: "custom", path: [`q${i}_${String(issue.path[0] ?? "prompt")}`], message: issue.message });
        }
        continue;
      }
      questions.push(parsed.data);
    }
    const head = z
      .object({
        title: z.string().trim().min(1, { error: "required" }).max(120),
        intro: z.preprocess(blankToUndefined, z.string().trim().max(2000).optional()),
        anonymous: z.preprocess((v) => v === "on", z.boolean()),
        segmentId: z.preprocess(blankToUndefined, z.string().max(40).optional()),
      })
      .safeParse(raw);
    if (!head.success) {
      for (const issue of head.error.issues) {
        ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
      }
      return z.NEVER;
    }
    if (questions.length === 0) {
      ctx.addIssue({ code: "custom", path: ["q0_prompt"], message: "surveyNoQuestions" });
      return z.NEVER;
    }
    return { ...head.data, questions };
  });

export type SurveyForm = z.output<typeof surveyFormSchema>;
