import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { ssoProviderId } from "./provider";

/** The redirect URI the admin registers at the identity provider: on AUTH_URL, as Auth.js builds it. */
export async function ssoCallbackUrl(tenantId: string): Promise<string> {
  const base = env().AUTH_URL ?? `http://${(await headers()).get("host") ?? "localhost:3000"}`;
  return new URL(`/api/auth/callback/${ssoProviderId(tenantId)}`, base).toString();
}
