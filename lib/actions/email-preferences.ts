"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { saveEmailPreferences } from "@/lib/email/preferences";
import { tenantAction } from "./clients";

// An unticked checkbox sends nothing, so absent means off.
const checkbox = z.literal("on").optional().transform((v) => v === "on");

// The company's categories are known only on the server (it may have its own), so every other field is read as
// a category's box ("on") or, for notification categories, its choice ("off", "immediate", "daily"), and checked
// against the company's list when saved; any other value is off.
const schema = z.object({ all: checkbox }).catchall(z.unknown());

const ON = new Set(["on", "immediate", "daily"]);

/** A member's own mail choices for the company named by `tenant`; nobody can set another person's. */
export const saveEmailPreferencesAction = tenantAction("portal.view", schema, async (input, context) => {
  const fields = Object.entries(input).filter(([key]) => key !== "all" && key !== "tenant");
  const categories = Object.fromEntries(fields.filter(([, value]) => typeof value === "string" && ON.has(value)).map(([key]) => [key, true]));
  const daily = fields.filter(([, value]) => value === "daily").map(([key]) => key);
  await saveEmailPreferences(context, { all: input.all, categories, daily });
  revalidatePath("/account");
  revalidatePath(`/${context.tenant.slug}/preferences`);
  return { ok: true, data: undefined, message: (await getTranslations("emailPreferences"))("saved") };
});
