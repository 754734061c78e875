import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import type { Joiner } from "@/lib/auth/joiner";
import { getSession } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { echoValues, type ActionResult } from "./result";
import { translateIssues } from "./validation";

const newAccountSchema = z.object({ name: z.string().trim().min(1).max(100), password: z.string().min(10, { error: "passwordTooShort" }).max(200) });

/** The joiner a join form describes: the signed-in user, else a valid new account (or the form's errors). */
export async function joinerFrom(input: Record<string, unknown>): Promise<{ ok: true; joiner: Joiner } | { ok: false; failure: Extract<ActionResult, { ok: false }> }> {
  const session = await getSession();
  if (session) {
    return { ok: true, joiner: { userId: session.user.id } };
  }
  const account = newAccountSchema.safeParse(input);
  if (!account.success) {
    const t = await getTranslations("validation");
    return { ok: false, failure: { ok: false, fieldErrors: translateIssues(account.error.issues, t), values: echoValues(input) } };
  }
  const locale = await getLocale();
  return { ok: true, joiner: { newAccount: { ...account.data, locale: isLocale(locale) ? locale : "ja" } } };
}
