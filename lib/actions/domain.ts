"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { domainInput } from "@/lib/domains/hostname";
import { removeDomain, setDomain, verifyDomain } from "@/lib/domains/manage";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { tenantAction } from "./clients";

const revalidate = (context: TenantContext) => revalidatePath(`/${context.tenant.slug}/admin/settings/domain`);

/** Claims the company's own address; it is served once its DNS proof is found (decisions/032). */
export const setDomainAction = tenantAction("settings.manage", domainInput, async ({ hostname }, context) => {
  const t = await getTranslations("domains");
  const outcome = await setDomain(context, hostname);
  if (outcome === "reserved" || outcome === "taken") {
    return { ok: false, fieldErrors: { hostname: t(outcome) }, values: { hostname } };
  }
  revalidate(context);
  return { ok: true, data: undefined, message: t(outcome) };
});

/** Looks the DNS proof up now, rather than waiting for the next automatic check. */
export const verifyDomainAction = tenantAction("settings.manage", z.object({}), async (_input, context) => {
  const t = await getTranslations("domains");
  const check = await verifyDomain(context);
  revalidate(context);
  if (!check) {
    return { ok: false, error: t("none") };
  }
  return check.ok ? { ok: true, data: undefined, message: t("verifiedNow") } : { ok: false, error: t(`errors.${check.reason}`) };
});

/** Stops serving the company at its own address; its Kizuna address keeps working. */
export const removeDomainAction = tenantAction("settings.manage", z.object({}), async (_input, context) => {
  await removeDomain(context);
  revalidate(context);
  return { ok: true, data: undefined, message: (await getTranslations("domains"))("removed") };
});
