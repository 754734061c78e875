"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { signInWithSso } from "@/lib/auth/sso-sign-in";
import { db } from "@/lib/db";
import { discoverIssuer } from "@/lib/sso/discovery";
import { enabledSsoProvider } from "@/lib/sso/for-request";
import { ssoIssuerSchema, ssoSettingsSchema, ssoStartSchema } from "@/lib/sso/schema";
import { saveSsoSettings } from "@/lib/sso/settings";
import { findActiveTenant } from "@/lib/tenancy/resolve";
import { publicAction, tenantAction } from "./clients";
import { echoValues, formValues } from "./result";
import { safeCallbackPath } from "./safe-redirect";

/** The company's SSO settings (decision 031): saved only when the issuer answers as an OpenID provider. */
export const saveSsoSettingsAction = tenantAction("settings.manage", ssoSettingsSchema, async (input, context) => {
  const t = await getTranslations("sso");
  const problem = await saveSsoSettings(context, input);
  if (problem) {
    return { ok: false, fieldErrors: { [problem.field]: t(`errors.${problem.problem}`) }, values: echoValues(formValues({ ...input, allowedDomains: input.allowedDomains.join(", ") })) };
  }
  revalidatePath(`/${context.tenant.slug}/admin/settings/sso`);
  return { ok: true, data: undefined, message: t("saved") };
});

/** "Test connection": reads the issuer's discovery document and says what is wrong, beside the field. */
export const testSsoConnectionAction = tenantAction("settings.manage", ssoIssuerSchema, async ({ issuer }, context) => {
  const t = await getTranslations("sso");
  const discovery = await discoverIssuer(issuer);
  if (!discovery.ok) {
    return { ok: false, fieldErrors: { issuer: t(`errors.${discovery.problem}`) }, values: { issuer } };
  }
  // A test of the issuer already saved counts as its last successful test.
  const { count } = await db.tenantSso.updateMany({ where: { tenantId: context.tenant.id, issuer: discovery.issuer }, data: { lastTestedAt: new Date() } });
  if (count > 0) {
    revalidatePath(`/${context.tenant.slug}/admin/settings/sso`);
  }
  return { ok: true, data: undefined, message: t("testPassed", { issuer: discovery.issuer }) };
});

/** The company's "Sign in with SSO" button: off to its identity provider, or a word that SSO is not on there. */
export const startSsoSignInAction = publicAction(ssoStartSchema, async ({ tenant: slug, callbackUrl }) => {
  const tenant = await findActiveTenant(slug);
  const provider = tenant ? await enabledSsoProvider(tenant.id) : null;
  if (!tenant || !provider) {
    return { ok: false, error: (await getTranslations("sso"))("errors.unavailable") };
  }
  await signInWithSso(provider, safeCallbackPath(callbackUrl, `/${tenant.slug}/admin`));
  return { ok: true, data: undefined };
});
