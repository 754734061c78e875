"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { profileFormSchema } from "@/lib/alumni/profile-schema";
import { updateOwnProfile } from "@/lib/alumni/update-profile";
import { tenantAction } from "./clients";

export const updateProfileAction = tenantAction("profile.editOwn", profileFormSchema, async (form, context) => {
  const t = await getTranslations("profileEdit");
  if (!(await updateOwnProfile(context, form))) {
    return { ok: false, error: t("noProfile") };
  }
  revalidatePath(`/${context.tenant.slug}/profile`);
  return { ok: true, data: undefined, message: t("saved") };
});
