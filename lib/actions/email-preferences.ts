"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { EMAIL_CATEGORIES, type EmailCategory } from "@/lib/email/categories";
import { saveEmailPreferences } from "@/lib/email/preferences";
import { tenantAction } from "./clients";

// An unticked checkbox sends nothing, so absent means off.
const checkbox = z.literal("on").optional().transform((v) => v === "on");

const schema = z.object({
  all: checkbox,
  ...(Object.fromEntries(EMAIL_CATEGORIES.map((c) => [c, checkbox])) as Record<EmailCategory, typeof checkbox>),
});

/** A member's own mail choices for the company named by `tenant`; nobody can set another person's. */
export const saveEmailPreferencesAction = tenantAction("portal.view", schema, async (input, context) => {
  const categories = Object.fromEntries(EMAIL_CATEGORIES.map((c) => [c, input[c]])) as Record<EmailCategory, boolean>;
  await saveEmailPreferences(context, { all: input.all, categories });
  revalidatePath("/account");
  return { ok: true, data: undefined, message: (await getTranslations("emailPreferences"))("saved") };
});
