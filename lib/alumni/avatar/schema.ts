import { z } from "zod";
import { detectImageType } from "./detect-type";
import { MAX_AVATAR_BYTES } from "./limits";

/** The photo upload form. The messages are keys of the `validation` catalog. */
export const avatarUploadSchema = z.object({
  photo: z
    .instanceof(File, { error: "avatarMissing" })
    .refine((file) => file.size > 0, { error: "avatarMissing", abort: true })
    .refine((file) => file.size <= MAX_AVATAR_BYTES, { error: "avatarTooLarge", abort: true })
    .refine(async (file) => detectImageType(new Uint8Array(await file.slice(0, 16).arrayBuffer())) !== null, { error: "avatarNotImage" }),
});

export type AvatarUpload = z.output<typeof avatarUploadSchema>;
