"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { clientIp } from "@/lib/abuse/client-ip";
import { consume } from "@/lib/abuse/limits";
import { signIn } from "@/lib/auth";
import { getSession } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { createTenantWithOwner, isSlugTaken } from "@/lib/tenants/create-tenant";
import { companySchema, ownerAccountSchema } from "@/lib/tenants/schema";
import { slugSchema } from "@/lib/tenancy/slug";
import { publicAction } from "./clients";
import { echoValues, type ActionResult } from "./result";
import { translateIssues } from "./validation";

// Every field arrives as text; which ones are required depends on whether someone is signed in.
const submittedSchema = z.object({
  companyName: z.string().optional(),
  slug: z.string().optional(),
  ownerName: z.string().optional(),
  ownerEmail: z.string().optional(),
  ownerPassword: z.string().optional(),
});

/** Self-serve company sign-up: the company, its address, and its first owner (the signed-in user, or a new account). */
export const signUpCompanyAction = publicAction(submittedSchema, async (submitted) => {
  const session = await getSession();
  const t = await getTranslations("validation");
  const locale = await getLocale();
  const defaultLocale = isLocale(locale) ? locale : "ja";
  const values = echoValues(submitted);

  // Company and owner fields are checked together, so every problem shows at once.
  const parsed = (session ? companySchema : companySchema.extend(ownerAccountSchema.shape)).safeParse(submitted);
  if (!parsed.success) {
    return { ok: false, fieldErrors: translateIssues(parsed.error.issues, t), values };
  }
  const input = parsed.data;
  if (await consume("signUpsPerIp", clientIp(await headers()))) {
    return { ok: false, error: (await getTranslations("abuse"))("tooManySignUps"), values };
  }
  const account = session ? null : ownerAccountSchema.parse(input);
  const owner = account ? { account, locale: defaultLocale } : { existingUserId: session!.user.id };

  const outcome = await createTenantWithOwner({ companyName: input.companyName, slug: input.slug }, owner, defaultLocale);
  if (!outcome.ok) {
    const field = outcome.reason === "slugTaken" ? "slug" : "ownerEmail";
    return { ok: false, fieldErrors: { [field]: t(outcome.reason) }, values };
  }

  const destination = `/${outcome.slug}/admin`;
  if (account) {
    await signIn("password", { email: account.ownerEmail, password: account.ownerPassword, redirectTo: destination });
  }
  redirect(destination);
});

/** Live check of a company address while the person types. */
type SlugCheck = { available: boolean; message: string | null };

export const checkSlugAction = publicAction(z.object({ slug: z.string().max(100) }), async ({ slug }): Promise<ActionResult<SlugCheck>> => {
  const t = await getTranslations("validation");
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) {
    const message = translateIssues(parsed.error.issues, t)._form ?? t("invalid");
    return { ok: true, data: { available: false, message } };
  }
  if (await isSlugTaken(parsed.data)) {
    return { ok: true, data: { available: false, message: t("slugTaken") } };
  }
  return { ok: true, data: { available: true, message: null } };
});
