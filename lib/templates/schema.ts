import { z } from "zod";
import { MAX_QUESTIONS } from "@/lib/surveys/schema";
import { MAX_TEMPLATE_BODY, MAX_TEMPLATE_SUBJECT, TEMPLATE_KEYS, TEMPLATE_SPECS } from "./catalog";
import { unknownPlaceholders } from "./fill";
import { surveyTemplateProblem } from "./survey-template";

export const templateRefSchema = z.object({
  key: z.enum(TEMPLATE_KEYS),
  locale: z.enum(["ja", "en"]),
});

/** A company's wording of one template in one language: the subject where the template has one, and the body. */
export const templateSchema = templateRefSchema
  .extend({
    subject: z.string().trim().max(MAX_TEMPLATE_SUBJECT).optional(),
    body: z.string().trim().min(1, { error: "required" }).max(MAX_TEMPLATE_BODY),
  })
  .superRefine((value, ctx) => {
    const spec = TEMPLATE_SPECS[value.key];
    if (spec.subject && !value.subject) {
      ctx.addIssue({ code: "custom", path: ["subject"], message: "required" });
    }
    for (const field of ["subject", "body"] as const) {
      if (unknownPlaceholders(value.key, value[field]).length) {
        ctx.addIssue({ code: "custom", path: [field], message: "templateUnknownPlaceholder" });
      }
    }
    const problem = spec.format === "survey" ? surveyTemplateProblem(value.body, MAX_QUESTIONS) : null;
    if (problem) {
      ctx.addIssue({ code: "custom", path: ["body"], message: problem });
    }
  })
  .transform((value) => ({ ...value, subject: TEMPLATE_SPECS[value.key].subject ? (value.subject ?? null) : null }));

export type TemplateInput = z.output<typeof templateSchema>;
