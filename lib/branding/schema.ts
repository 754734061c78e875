import { z } from "zod";
import { detectImageType } from "../alumni/avatar/detect-type";
import { MAX_BRAND_IMAGE_BYTES } from "./limits";

// The branding settings form. Error messages are keys of the `validation` catalog (validation.branding.*).
const MAX_WELCOME = 10_000;

const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => v || null);

/** An optional upload: an empty file input sends a nameless empty File, which means "no change". */
const optionalImage = z
  .union([z.instanceof(File), z.string()])
  .optional()
  .transform((value) => (value instanceof File && value.size > 0 ? value : null))
  .refine((file) => !file || file.size <= MAX_BRAND_IMAGE_BYTES, { error: "branding.imageTooLarge", abort: true })
  .refine(async (file) => !file || detectImageType(new Uint8Array(await file.slice(0, 16).arrayBuffer())) !== null, { error: "branding.imageNotImage" });

// Letters, digits, spaces and the punctuation of company names; no quotes, angle brackets or line breaks, which
// would let a name rewrite the From header's address.
const SENDER_NAME = /^[\p{L}\p{N}\p{M} .,&'()・ー-]+$/u;

export const brandingSchema = z.object({
  brandColor: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || /^#[0-9a-f]{6}$/.test(v), { error: "branding.badColor" }),
  logo: optionalImage,
  favicon: optionalImage,
  removeLogo: z.string().optional().transform(Boolean),
  removeFavicon: z.string().optional().transform(Boolean),
  welcomeMessageJa: optionalText(MAX_WELCOME),
  welcomeMessageEn: optionalText(MAX_WELCOME),
  emailSenderName: optionalText(60).refine((v) => v === null || SENDER_NAME.test(v), { error: "branding.badSenderName" }),
  emailReplyTo: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || z.email().safeParse(v).success, { error: "invalidEmail" }),
});

export type BrandingInput = z.output<typeof brandingSchema>;
