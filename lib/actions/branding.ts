"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { brandingSchema } from "@/lib/branding/schema";
import { BrandImageError, saveBranding } from "@/lib/branding/store";
import { tenantAction } from "./clients";

/** The company's branding, saved at once from the settings page (decisions/030). */
export const saveBrandingAction = tenantAction("settings.manage", brandingSchema, async (input, context) => {
  try {
    await saveBranding(context, input);
  } catch (error) {
    // The signature looked like an image but the decoder disagreed: the same answer as for any non-image.
    if (error instanceof BrandImageError) {
      const t = await getTranslations("validation");
      return { ok: false, fieldErrors: { [error.field]: t(error.tooManyPixels ? "branding.imageTooManyPixels" : "branding.imageNotImage") } };
    }
    throw error;
  }
  // The colour, logo and favicon show on every page of the company's portal and admin.
  revalidatePath(`/${context.tenant.slug}`, "layout");
  return { ok: true, data: undefined, message: (await getTranslations("branding"))("saved") };
});
