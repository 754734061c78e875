"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { saveEmailPreferences } from "@/lib/email/preferences";
import { tenantAction } from "./clients";

// An unticked checkbox sends nothing, so absent means off.
const checkbox = z.literal("on").optional().transform((v) => v === "on");

// The company's categories are known only on the server (it may have its own), so every other field is read as
// a category's box and checked against the company's list when saved.
const schema = z.object({ all: checkbox }).catchall(z.unknown());

/** A member's own mail choices for the company named by `tenant`; nobody can set another person's. */
export const saveEmailPreferencesAction = tenantAction("portal.view", schema, async (input, context) => {
  const categories = Object.fromEntries(Object.entries(input).filter(([key, value]) => key !== "all" && key !== "tenant" && value === "on").map(([key]) => [key, true]));
  await saveEmailPreferences(context, { all: input.all, categories });
  revalidatePath("/account");
  revalidatePath(`/${context.tenant.slug}/preferences`);
  return { ok: true, data: undefined, message: (await getTranslations("emailPreferences"))("saved") };
});
