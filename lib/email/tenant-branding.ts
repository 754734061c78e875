import "server-only";
import { tenantBranding } from "@/lib/branding/read";
import { env } from "@/lib/env";
import type { EmailBranding } from "./templates/email-branding";

export type TenantEmailBranding = { branding: EmailBranding; senderName: string | null; replyTo: string | null };

/** How a company's emails look and who they come from (decisions/030); null for an unknown company. */
export async function tenantEmailBranding(tenantId: string): Promise<TenantEmailBranding | null> {
  const found = await tenantBranding(tenantId);
  if (!found) {
    return null;
  }
  // Mail clients fetch the logo from the app's public origin, never from a host a request claimed.
  const origin = env().AUTH_URL ?? "http://localhost:3000";
  return {
    branding: {
      color: found.color,
      logoUrl: found.logo ? new URL(found.logo.url, origin).toString() : null,
      logoSize: found.logo ? { width: found.logo.width, height: found.logo.height } : undefined,
    },
    senderName: found.senderName,
    replyTo: found.replyTo,
  };
}
