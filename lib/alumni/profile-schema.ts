import { z } from "zod";
import { INTERESTS } from "./interests";
import { optionalText as text } from "@/lib/forms/optional-text";
import { AUDIENCES, PROFILE_FIELDS } from "./visibility";

const year = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || (/^\d{4}$/.test(v) && Number(v) >= 1950 && Number(v) <= 2100), { error: "badYear" })
  .transform((v) => (v ? new Date(Date.UTC(Number(v), 0, 1)) : null));

const list = z
  .string()
  .optional()
  .transform((v) => [...new Set((v ?? "").split(/[,、，\n]/).map((s) => s.trim()).filter(Boolean))].slice(0, 20))
  .pipe(z.array(z.string().max(50, { error: "skillTooLong" })));

const many = <T extends readonly [string, ...string[]]>(options: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(options)));

/** The profile form as an alumnus fills it in; visibility per field comes as vis_<field>. */
export const profileFormSchema = z
  .object({
    displayName: z.string().trim().min(1).max(100),
    nameKana: text(100),
    nameRomaji: text(100),
    department: text(100),
    joinedYear: year,
    leftYear: year,
    currentCompany: text(100),
    currentTitle: text(100),
    industry: text(100),
    location: text(100),
    skills: list,
    interests: many(INTERESTS),
    openToReturn: z.literal("on").optional().transform((v) => v === "on"),
    bio: text(2000),
    linkedinUrl: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || /^https:\/\/([a-z]{2,3}\.)?linkedin\.com\/.+/i.test(v), { error: "badLinkedin" })
      .transform((v) => v || null),
    ...Object.fromEntries(PROFILE_FIELDS.map((field) => [`vis_${field}`, z.enum(AUDIENCES).optional()])),
  })
  .superRefine((p, ctx) => {
    if (p.joinedYear && p.leftYear && p.leftYear < p.joinedYear) {
      ctx.addIssue({ code: "custom", path: ["leftYear"], message: "leaveBeforeJoin" });
    }
  });

export type ProfileForm = z.output<typeof profileFormSchema>;
