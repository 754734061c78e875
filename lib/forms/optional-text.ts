import { z } from "zod";

/** A form's optional text field: trimmed, at most `max` characters, and null when left empty. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || null);
