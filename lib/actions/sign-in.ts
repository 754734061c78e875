"use server";

import { AccessDenied, AuthError } from "@auth/core/errors";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth";
import { SignInRateLimited } from "@/lib/auth/authorize-password";
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
      const limited = error instanceof SignInRateLimited || (error.cause as { err?: unknown } | undefined)?.err instanceof SignInRateLimited;
      return { ok: false, error: t(limited ? "tooManyAttempts" : "wrongPassword"), values: { email, ...(callbackUrl ? { callbackUrl } : {}) } };
    }
    throw error; // the redirect after a successful sign-in
  }
  return { ok: true, data: undefined };
});

const magicLinkSchema = z.object({
  email: z.email().trim().toLowerCase(),
  callbackUrl: z.string().max(2000).optional(),
});

/** Sends a sign-in link; over its limits (lib/auth/link-limits.ts) Auth.js refuses, and the form says so. */
export const sendMagicLinkAction = publicAction(magicLinkSchema, async ({ email, callbackUrl }) => {
  try {
    await signIn("resend", { email, redirectTo: safeCallbackPath(callbackUrl) });
  } catch (error) {
    if (error instanceof AccessDenied) {
      const t = await getTranslations("auth");
      return { ok: false, error: t("tooManyLinks"), values: { email, ...(callbackUrl ? { callbackUrl } : {}) } };
    }
    throw error; // the redirect to "check your email"
  }
  return { ok: true, data: undefined };
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
