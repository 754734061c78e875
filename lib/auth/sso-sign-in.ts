import "server-only";
import NextAuth from "next-auth";
import type { OIDCConfig } from "next-auth/providers";
import type { SsoProfile } from "@/lib/sso/provider";
import { authConfig } from "./config";

/**
 * Starts a company's SSO from a server action: Auth.js's server-side signIn builds its config without a request,
 * so this one instance is given the company's provider (the callback's request finds it by its id).
 */
export async function signInWithSso(provider: OIDCConfig<SsoProfile>, redirectTo: string): Promise<void> {
  await NextAuth(authConfig(provider)).signIn(provider.id, { redirectTo });
}
