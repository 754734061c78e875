"use server";

import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { getSession } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { createTenantWithOwner, isSlugTaken } from "@/lib/tenants/create-tenant";
import { companySchema, ownerAccountSchema } from "@/lib/tenants/schema";
import { slugSchema } from "@/lib/tenancy/slug";
import { publicAction } from "./clients";
import { echoValues, type ActionResult } from "./result";
import { translateIssues } from "./validation";

const signUpSchema = companySchema.extend({
  ownerName: z.string().optional(),
  ownerEmail: z.string().optional(),
  ownerPassword: z.string().optional(),
});

/** Self-serve company sign-up: the company, its address, and its first owner (the signed-in user, or a new account). */
export const signUpCompanyAction = publicAction(signUpSchema, async (input) => {
  const session = await getSession();
  const t = await getTranslations("validation");
  const locale = await getLocale();
  const defaultLocale = isLocale(locale) ? locale : "ja";
  const values = echoValues(input);

  let owner: Parameters<typeof createTenantWithOwner>[1];
  let account: z.output<typeof ownerAccountSchema> | null = null;
  if (session) {
    owner = { existingUserId: session.user.id };
  } else {
    const parsed = ownerAccountSchema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, fieldErrors: translateIssues(parsed.error.issues, t), values };
    }
    account = parsed.data;
    owner = { account, locale: defaultLocale };
  }

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
