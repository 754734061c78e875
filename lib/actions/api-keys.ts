"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { createApiKey, revokeApiKey } from "@/lib/api/keys";
import { API_SCOPES, isApiScope } from "@/lib/api/scopes";
import { tenantAction } from "./clients";

const createSchema = z.object({
  name: z.string().trim().min(1).max(80),
  // Checkboxes: one value, several, or none.
  scopes: z.union([z.string(), z.array(z.string())]).optional(),
});

/** Makes an API key; the answer carries its secret, which the page shows this once. */
export const createApiKeyAction = tenantAction("settings.manage", createSchema, async ({ name, scopes }, context) => {
  const chosen = [scopes ?? []].flat().filter(isApiScope);
  const t = await getTranslations("apiKeys");
  if (chosen.length === 0) {
    return { ok: false, fieldErrors: { scopes: t("chooseScope") }, values: { name } };
  }
  const ordered = API_SCOPES.filter((s) => chosen.includes(s));
  const { secret } = await createApiKey(context, name, ordered);
  revalidatePath(`/${context.tenant.slug}/admin/settings/api-keys`);
  return { ok: true, data: { secret, name }, message: t("created", { name }) };
});

/** Revokes a key: the next call made with it is refused. */
export const revokeApiKeyAction = tenantAction("settings.manage", z.object({ id: z.string().min(1).max(40) }), async ({ id }, context) => {
  const t = await getTranslations("apiKeys");
  if (!(await revokeApiKey(context, id))) {
    return { ok: false, error: t("notFound") };
  }
  revalidatePath(`/${context.tenant.slug}/admin/settings/api-keys`);
  return { ok: true, data: undefined, message: t("revoked") };
});
