import { z } from "zod";
import { detectImageType } from "@/lib/alumni/avatar/detect-type";
import { QUESTION_SLOTS } from "./questions";

// Messages are keys of the `validation` catalog (nested under `events`).
export const MAX_COVER_BYTES = 5 * 1024 * 1024;
export const MAX_GUESTS = 10;

const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => v || null);
const localDateTime = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "events.badDateTime" });
const optionalUrl = z
  .string()
  .trim()
  .max(2000)
  .optional()
  .transform((v) => v || null)
  .refine((v) => v === null || /^https?:\/\/[^\s]+$/i.test(v), { error: "events.badUrl" });
const checkbox = z.string().optional().transform((v) => v === "on" || v === "true");

const questionFields = Object.fromEntries(
  QUESTION_SLOTS.flatMap((slot) => [
    [slot, z.string().trim().max(200).optional().transform((v) => v || null)],
    [`${slot}Required`, checkbox],
  ]),
) as Record<(typeof QUESTION_SLOTS)[number], ReturnType<typeof optionalText>> & Record<`${(typeof QUESTION_SLOTS)[number]}Required`, typeof checkbox>;

/** The admin's event form. Times are wall-clock values in the company's timezone, converted by the caller. */
export const eventFormSchema = z
  .object({
    id: z.string().max(64).optional().transform((v) => v || null),
    title: z.string().trim().min(1).max(200),
    description: z.string().max(20_000).optional().transform((v) => v ?? ""),
    format: z.enum(["ONLINE", "VENUE"], { error: "required" }),
    joinUrl: optionalUrl,
    venueName: optionalText(200),
    venueAddress: optionalText(300),
    mapUrl: optionalUrl,
    startsAt: localDateTime,
    endsAt: localDateTime,
    capacity: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? Number(v) : null))
      .refine((v) => v === null || (Number.isInteger(v) && v >= 1 && v <= 100_000), { error: "events.badCapacity" }),
    registrationDeadline: z.union([z.literal(""), localDateTime]).optional().transform((v) => v || null),
    maxGuests: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? Number(v) : 0))
      .refine((v) => Number.isInteger(v) && v >= 0 && v <= MAX_GUESTS, { error: "events.badGuests" }),
    cover: z
      .instanceof(File)
      .optional()
      .refine((file) => !file || file.size <= MAX_COVER_BYTES, { error: "events.coverTooLarge", abort: true })
      .refine(async (file) => !file || file.size === 0 || detectImageType(new Uint8Array(await file.slice(0, 16).arrayBuffer())) !== null, { error: "avatarNotImage" })
      .transform((file) => (file && file.size > 0 ? file : null)),
    removeCover: checkbox,
    segmentId: z.string().max(64).optional().transform((v) => v || null),
    ...questionFields,
  })
  .superRefine((form, ctx) => {
    if (form.format === "ONLINE" && !form.joinUrl) {
      ctx.addIssue({ code: "custom", path: ["joinUrl"], message: "events.joinUrlRequired" });
    }
    if (form.format === "VENUE" && !form.venueAddress) {
      ctx.addIssue({ code: "custom", path: ["venueAddress"], message: "events.addressRequired" });
    }
    // Same zone on both sides, so the wall-clock strings compare like the instants.
    if (form.endsAt <= form.startsAt) {
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "events.endBeforeStart" });
    }
    if (form.registrationDeadline && form.registrationDeadline > form.endsAt) {
      ctx.addIssue({ code: "custom", path: ["registrationDeadline"], message: "events.deadlineAfterEnd" });
    }
  })
  .transform((form) => ({
    ...form,
    questions: QUESTION_SLOTS.filter((slot) => form[slot]).map((slot) => ({ id: slot, label: form[slot]!, required: form[`${slot}Required`] })),
  }));

export type EventForm = z.output<typeof eventFormSchema>;

export const eventIdSchema = z.object({ eventId: z.string().min(1).max(64) });

export const eventStatusSchema = eventIdSchema.extend({ status: z.enum(["DRAFT", "PUBLISHED", "CANCELLED"]) });

/** An alumnus's answer: going (with guests and answers) or not going. Answers are checked against the event's questions later. */
export const rsvpSchema = eventIdSchema
  .extend({
    response: z.enum(["GOING", "NOT_GOING"]),
    guests: z
      .string()
      .optional()
      .transform((v) => (v ? Number(v) : 0))
      .refine((v) => Number.isInteger(v) && v >= 0 && v <= MAX_GUESTS, { error: "events.badGuests" }),
  })
  .extend(Object.fromEntries(QUESTION_SLOTS.map((slot) => [slot, z.string().trim().max(1000).optional()])) as Record<(typeof QUESTION_SLOTS)[number], z.ZodOptional<z.ZodString>>);

export const checkInSchema = eventIdSchema.extend({
  registrationId: z.string().min(1).max(64),
  attended: z.enum(["true", "false"]).transform((v) => v === "true"),
});
