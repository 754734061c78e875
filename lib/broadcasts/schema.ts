import { z } from "zod";
import { segmentFiltersSchema } from "@/lib/segments/schema";

// Messages are keys of the `validation` catalog (nested under `broadcasts`).
export const MAX_SUBJECT = 200;
export const MAX_BODY = 50_000;

const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => v || null);
const localDateTime = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "broadcasts.badDateTime" });
const blankToNull = z.string().trim().max(200).optional().transform((v) => v || undefined);

export const BROADCAST_INTENTS = ["save", "test", "schedule", "send"] as const;
export type BroadcastIntent = (typeof BROADCAST_INTENTS)[number];

type LanguageVersions = { subjectJa: string | null; bodyJa: string | null; subjectEn: string | null; bodyEn: string | null };

/** Half of a language version (a subject without its body, or a body without its subject) is an error beside the missing half. */
export function checkLanguageVersions(form: LanguageVersions, ctx: z.RefinementCtx) {
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
}

/**
 * The compose form: a language version is a subject with its body; at least one is needed, and half of one is
 * an error beside the missing half. The ad-hoc audience uses the alumni list's filters (fields named `f…`).
 */
export const broadcastFormSchema = z
  .object({
    id: z.string().max(40).optional().transform((v) => v || null),
    category: z.string().trim().min(1).max(40),
    subjectJa: optionalText(MAX_SUBJECT),
    bodyJa: optionalText(MAX_BODY),
    subjectEn: optionalText(MAX_SUBJECT),
    bodyEn: optionalText(MAX_BODY),
    audience: z.enum(["EVERYONE", "SEGMENT", "FILTER"], { error: "required" }),
    segmentId: z.string().max(40).optional().transform((v) => v || null),
    fq: blankToNull,
    fdepartment: blankToNull,
    fleaveYear: blankToNull,
    fopenToReturn: blankToNull,
    scheduledAt: z.union([z.literal(""), localDateTime]).optional().transform((v) => v || null),
    intent: z.enum(BROADCAST_INTENTS).optional().default("save"),
  })
  .superRefine((form, ctx) => {
    checkLanguageVersions(form, ctx);
    if (!form.subjectJa && !form.bodyJa && !form.subjectEn && !form.bodyEn) {
      ctx.addIssue({ code: "custom", path: ["subjectJa"], message: "broadcasts.oneLanguage" });
    }
    if (form.audience === "SEGMENT" && !form.segmentId) {
      ctx.addIssue({ code: "custom", path: ["segmentId"], message: "broadcasts.segmentRequired" });
    }
    if (form.intent === "schedule" && !form.scheduledAt) {
      ctx.addIssue({ code: "custom", path: ["scheduledAt"], message: "broadcasts.scheduleRequired" });
    }
    if (form.audience === "FILTER") {
      const parsed = segmentFiltersSchema.safeParse(filtersOf(form));
      for (const issue of parsed.success ? [] : parsed.error.issues) {
        ctx.addIssue({ code: "custom", path: [`f${String(issue.path[0])}`], message: "invalid" });
      }
    }
  })
  .transform((form) => ({
    ...form,
    filters: form.audience === "FILTER" ? segmentFiltersSchema.parse(filtersOf(form)) : null,
    segmentId: form.audience === "SEGMENT" ? form.segmentId : null,
  }));

function filtersOf(form: { fq?: string; fdepartment?: string; fleaveYear?: string; fopenToReturn?: string }) {
  return { q: form.fq, department: form.fdepartment, leaveYear: form.fleaveYear, openToReturn: form.fopenToReturn };
}

export type BroadcastForm = z.output<typeof broadcastFormSchema>;

/** What the live recipient count needs: the audience part of the form. */
export const audienceQuerySchema = z.object({
  category: z.string().trim().min(1).max(40),
  audience: z.enum(["EVERYONE", "SEGMENT", "FILTER"]),
  segmentId: z.string().max(40).optional().transform((v) => v || null),
  fq: blankToNull,
  fdepartment: blankToNull,
  fleaveYear: blankToNull,
  fopenToReturn: blankToNull,
});

/** The ad-hoc filters of an audience query, with values the list would not understand dropped. */
export function audienceFilters(query: z.output<typeof audienceQuerySchema>) {
  const parsed = segmentFiltersSchema.safeParse(filtersOf(query));
  return parsed.success ? parsed.data : {};
}

export const categoryKeySchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9-]{1,29}$/, { error: "broadcasts.categoryKey" });

export const categoryFormSchema = z.object({
  key: categoryKeySchema,
  nameJa: z.string().trim().min(1).max(40),
  nameEn: z.string().trim().min(1).max(40),
});

/** What the compose form starts from: a stored draft, or a blank announcement. */
export type ComposeValues = {
  id?: string;
  category: string;
  subjectJa: string;
  bodyJa: string;
  subjectEn: string;
  bodyEn: string;
  audience: "EVERYONE" | "SEGMENT" | "FILTER";
  segmentId: string;
  filters: { q?: string; department?: string; leaveYear?: number; openToReturn?: string };
  scheduledAt: string;
};
