"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { getSession } from "@/lib/auth/session";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";
import { saveUserLocale } from "@/lib/users/save-locale";
import { publicAction } from "./clients";

export const switchLocaleAction = publicAction(z.object({ locale: z.enum(LOCALES) }), async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  const session = await getSession();
  if (session) {
    await saveUserLocale(session.user.id, locale);
  }
  return { ok: true, data: undefined };
});
