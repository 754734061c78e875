"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { operatorCreateTenantSchema, reactivateTenantSchema, suspendTenantSchema } from "@/lib/platform/schema";
import { createTenantAsOperator, reactivateTenant, suspendTenant } from "@/lib/platform/tenants";
import { operatorAction } from "./clients";

export const createTenantAction = operatorAction(operatorCreateTenantSchema, async (form, operator) => {
  const outcome = await createTenantAsOperator(operator.id, form);
  if (!outcome.ok) {
    return { ok: false, fieldErrors: { slug: (await getTranslations("validation"))("slugTaken") } };
  }
  revalidatePath("/platform");
  redirect(`/platform?created=${outcome.slug}`);
});

export const suspendTenantAction = operatorAction(suspendTenantSchema, async ({ tenantId, reason }, operator) => {
  const t = await getTranslations("platform");
  if (!(await suspendTenant(operator.id, tenantId, reason))) {
    return { ok: false, error: t("notActive") };
  }
  revalidatePath("/platform");
  return { ok: true, data: undefined, message: t("suspended") };
});

export const reactivateTenantAction = operatorAction(reactivateTenantSchema, async ({ tenantId }, operator) => {
  const t = await getTranslations("platform");
  if (!(await reactivateTenant(operator.id, tenantId))) {
    return { ok: false, error: t("notSuspended") };
  }
  revalidatePath("/platform");
  return { ok: true, data: undefined, message: t("reactivated") };
});
