import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ssoProvider, tenantIdOfProvider } from "./provider";

/** The company's provider when its SSO is switched on and the company is active; else null. */
export async function enabledSsoProvider(tenantId: string) {
  const row = await db.tenantSso.findFirst({
    where: { tenantId, enabled: true, tenant: { status: "ACTIVE" } },
    select: { tenantId: true, issuer: true, clientId: true, clientSecretSealed: true },
  });
  return row ? ssoProvider(row, env().AUTH_SECRET) : null;
}

/**
 * Auth.js builds its providers per request (the lazy config): a sign-in or callback for `sso-<tenant id>` gets that
 * one company's provider, read from the database; every other request gets none, so no request pays for them.
 */
export async function ssoProviderForRequest(request: Request | undefined) {
  if (!request) {
    return null;
  }
  const match = /\/api\/auth\/(?:signin|callback)\/([^/?#]+)/.exec(new URL(request.url).pathname);
  const tenantId = tenantIdOfProvider(match?.[1]);
  return tenantId ? enabledSsoProvider(tenantId) : null;
}
