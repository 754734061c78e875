"use server";

import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth";
import { publicAction } from "./clients";
import { safeCallbackPath } from "./safe-redirect";

const passwordSignInSchema = z.object({
  email: z.email().trim().toLowerCase(),
  password: z.string().min(1).max(200),
  callbackUrl: z.string().max(2000).optional(),
});

export const signInWithPasswordAction = publicAction(passwordSignInSchema, async ({ email, password, callbackUrl }) => {
  try {
    await signIn("password", { email, password, redirectTo: safeCallbackPath(callbackUrl) });
  } catch (error) {
    if (error instanceof AuthError) {
      const t = await getTranslations("auth");
      return { ok: false, error: t("wrongPassword"), values: { email, ...(callbackUrl ? { callbackUrl } : {}) } };
    }
    throw error; // the redirect after a successful sign-in
  }
  return { ok: true, data: undefined };
});

const magicLinkSchema = z.object({
  email: z.email().trim().toLowerCase(),
  callbackUrl: z.string().max(2000).optional(),
});

export const sendMagicLinkAction = publicAction(magicLinkSchema, async ({ email, callbackUrl }) => {
  await signIn("resend", { email, redirectTo: safeCallbackPath(callbackUrl) });
  return { ok: true, data: undefined };
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
