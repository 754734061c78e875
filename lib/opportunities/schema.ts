import { z } from "zod";

// Messages are keys of the `validation` catalog (nested under `opportunities`).
export const POSTING_KINDS = ["JOB", "CONTRACT", "COLLABORATION"] as const;
export const PIPELINE_STAGES = ["NEW", "CONTACTED", "INTERVIEWING", "OFFERED", "HIRED", "CLOSED"] as const;
export type PostingKindName = (typeof POSTING_KINDS)[number];
export type PipelineStageName = (typeof PIPELINE_STAGES)[number];

const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => v || null);
const checkbox = z.string().optional().transform((v) => v === "on" || v === "true");
const id = z.string().min(1).max(64);
const localDate = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "opportunities.badDate" });

/** The admin's posting form. `closesOn` is a day in the company's timezone; the posting closes at its end. */
export const postingFormSchema = z.object({
  id: z.string().max(64).optional().transform((v) => v || null),
  kind: z.enum(POSTING_KINDS, { error: "required" }),
  title: z.string().trim().min(1).max(200),
  description: z.string().max(20_000).optional().transform((v) => v ?? ""),
  department: optionalText(200),
  location: optionalText(200),
  remote: checkbox,
  terms: optionalText(2000),
  contactPerson: optionalText(200),
  segmentId: z.string().max(64).optional().transform((v) => v || null),
  closesOn: z.union([z.literal(""), localDate]).optional().transform((v) => v || null),
});
export type PostingForm = z.output<typeof postingFormSchema>;

export const postingIdSchema = z.object({ postingId: id });
export const postingStatusSchema = postingIdSchema.extend({ status: z.enum(["OPEN", "CLOSED"]) });

const note = z.string().trim().max(2000).optional().transform((v) => v || null);

/** "Interested" in a posting, with an optional note. */
export const interestSchema = postingIdSchema.extend({ note });
/** A casual career chat (カジュアル面談) or the standing open-to-return signal, with no posting. */
export const generalInterestSchema = z.object({ kind: z.enum(["CASUAL_CHAT", "OPEN_TO_RETURN"]), note });
export const interestIdSchema = z.object({ interestId: id });

export const referralSchema = postingIdSchema.extend({
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().toLowerCase().max(320).pipe(z.email({ error: "invalidEmail" })),
  note,
});
export const referralDecisionSchema = z.object({ referralId: id, decision: z.enum(["ACCEPTED", "DECLINED"]) });

/** HR moves an interest to a stage, with a note; CLOSED needs a reason, HIRED a return date. */
export const moveStageSchema = interestIdSchema
  .extend({
    stage: z.enum(PIPELINE_STAGES),
    note,
    closedReason: optionalText(500),
    hiredOn: z.union([z.literal(""), localDate]).optional().transform((v) => v || null),
    sharedStatus: z.string().trim().max(500).optional(),
  })
  .superRefine((form, ctx) => {
    if (form.stage === "CLOSED" && !form.closedReason) {
      ctx.addIssue({ code: "custom", path: ["closedReason"], message: "opportunities.reasonRequired" });
    }
    if (form.stage === "HIRED" && !form.hiredOn) {
      ctx.addIssue({ code: "custom", path: ["hiredOn"], message: "opportunities.hiredOnRequired" });
    }
  });
export type MoveStage = z.output<typeof moveStageSchema>;

export const ownerSchema = interestIdSchema.extend({ ownerId: z.string().max(64).optional().transform((v) => v || null) });

/** After how many untouched days pipeline items are highlighted and their owners reminded. */
export const reminderDaysSchema = z.object({
  days: z.string().trim().regex(/^\d{1,2}$/, { error: "opportunities.reminderDays" }).transform(Number).pipe(z.number().int().min(1, { error: "opportunities.reminderDays" }).max(60, { error: "opportunities.reminderDays" })),
});
