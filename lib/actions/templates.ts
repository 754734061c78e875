"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { templateRefSchema, templateSchema } from "@/lib/templates/schema";
import { resetTemplate, saveTemplate } from "@/lib/templates/store";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { tenantAction } from "./clients";

function revalidateTemplates(context: TenantContext, key: string, locale: string) {
  revalidatePath(`/${context.tenant.slug}/admin/templates`);
  revalidatePath(`/${context.tenant.slug}/admin/templates/${key}/${locale}`);
}

/** Saves the company's own wording of a template in one language (unknown placeholders are refused by the schema). */
export const saveTemplateAction = tenantAction("settings.manage", templateSchema, async (input, context) => {
  await saveTemplate(context, input);
  revalidateTemplates(context, input.key, input.locale);
  return { ok: true, data: undefined, message: (await getTranslations("templates"))("saved") };
});

/** Goes back to Kizuna's default wording for that template and language. */
export const resetTemplateAction = tenantAction("settings.manage", templateRefSchema, async ({ key, locale }, context) => {
  await resetTemplate(context, key, locale);
  revalidateTemplates(context, key, locale);
  return { ok: true, data: undefined, message: (await getTranslations("templates"))("resetDone") };
});
