import { z } from "zod";
import { optionalText } from "@/lib/forms/optional-text";
import { parseRosterDate } from "./dates";

const optionalDate = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || parseRosterDate(v) !== null, { error: "badDate" })
  .transform((v) => (v ? parseRosterDate(v) : null));

/** A roster entry as HR types it by hand. */
export const rosterEntrySchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    nameKana: optionalText(200),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .optional()
      .refine((v) => !v || z.email().safeParse(v).success, { error: "invalidEmail" })
      .transform((v) => v || null),
    employeeNumber: optionalText(100),
    department: optionalText(200),
    joinedOn: optionalDate,
    leftOn: optionalDate,
  })
  .superRefine((entry, ctx) => {
    if (!entry.email && !entry.employeeNumber) {
      ctx.addIssue({ code: "custom", path: ["email"], message: "emailOrNumber" });
    }
    if (entry.joinedOn && entry.leftOn && entry.leftOn < entry.joinedOn) {
      ctx.addIssue({ code: "custom", path: ["leftOn"], message: "leaveBeforeJoin" });
    }
  });

export type RosterEntryForm = z.output<typeof rosterEntrySchema>;
