"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { avatarUploadSchema } from "@/lib/alumni/avatar/schema";
import { TooManyPixelsError, UnreadableImageError } from "@/lib/alumni/avatar/resize";
import { removeOwnAvatar, saveOwnAvatar } from "@/lib/alumni/avatar/store";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { tenantAction } from "./clients";

function revalidateProfile(context: TenantContext) {
  revalidatePath(`/${context.tenant.slug}/profile`);
  revalidatePath(`/${context.tenant.slug}/profile/edit`);
}

export const uploadAvatarAction = tenantAction("profile.editOwn", avatarUploadSchema, async ({ photo }, context) => {
  const t = await getTranslations("avatar");
  try {
    if (!(await saveOwnAvatar(context, new Uint8Array(await photo.arrayBuffer())))) {
      return { ok: false, error: t("noProfile") };
    }
  } catch (error) {
    if (error instanceof TooManyPixelsError) {
      return { ok: false, fieldErrors: { photo: (await getTranslations("validation"))("avatarTooManyPixels") } };
    }
    // The signature looked like an image but the decoder disagreed: the same answer as for any non-image.
    if (error instanceof UnreadableImageError) {
      return { ok: false, fieldErrors: { photo: (await getTranslations("validation"))("avatarNotImage") } };
    }
    throw error;
  }
  revalidateProfile(context);
  return { ok: true, data: undefined, message: t("uploaded") };
});

export const removeAvatarAction = tenantAction("profile.editOwn", z.object({}), async (_input, context) => {
  await removeOwnAvatar(context);
  revalidateProfile(context);
  return { ok: true, data: undefined, message: (await getTranslations("avatar"))("removed") };
});
