import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { env } from "@/lib/env";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { discoverIssuer, normalizeIssuer, type DiscoveryProblem } from "./discovery";
import { ssoProviderId } from "./provider";
import type { SsoSettingsInput } from "./schema";
import { openSecret, sealSecret } from "./secret-box";

/** What the settings page shows: never the secret itself, only whether one is stored (and still opens). */
export async function loadSsoSettings(tenantId: string, userId: string) {
  const [row, linked] = await Promise.all([
    db.tenantSso.findUnique({ where: { tenantId } }),
    db.account.findFirst({ where: { userId, provider: ssoProviderId(tenantId) }, select: { userId: true } }),
  ]);
  const { clientSecretSealed, ...shown } = row ?? { clientSecretSealed: null };
  return {
    sso: row ? { ...(shown as Omit<NonNullable<typeof row>, "clientSecretSealed">), secretStored: true, secretOpens: openSecret(clientSecretSealed!, env().AUTH_SECRET) !== null } : null,
    signedInWithSso: Boolean(linked),
  };
}

export type SsoSaveProblem = { field: "issuer"; problem: DiscoveryProblem } | { field: "clientSecret"; problem: "secretRequired" } | { field: "enabled"; problem: "testFirst" } | { field: "staffMustUseSso"; problem: "signInFirst" | "enableFirst" };

/**
 * Saves the company's SSO settings. The issuer is checked (discovery) whenever it changes or SSO is on, so an
 * enabled configuration always passed a test; "staff must use SSO" needs SSO on and the admin saving it to have
 * signed in through it once, so nobody locks the staff out with a provider that does not work.
 */
export async function saveSsoSettings(context: TenantContext, input: SsoSettingsInput): Promise<SsoSaveProblem | null> {
  const tenantId = context.tenant.id;
  const current = await db.tenantSso.findUnique({ where: { tenantId } });
  if (!current && !input.clientSecret) {
    return { field: "clientSecret", problem: "secretRequired" };
  }
  const typed = normalizeIssuer(input.issuer);
  const issuerChanged = !current || normalizeIssuer(current.issuer) !== typed;
  let issuer = issuerChanged ? typed : current.issuer;
  let testedNow = false;
  if (issuerChanged || input.enabled) {
    const discovery = await discoverIssuer(typed);
    if (!discovery.ok) {
      return { field: "issuer", problem: discovery.problem };
    }
    issuer = discovery.issuer;
    testedNow = true;
  }
  if (input.staffMustUseSso && !input.enabled) {
    return { field: "staffMustUseSso", problem: "enableFirst" };
  }
  if (input.staffMustUseSso && !current?.staffMustUseSso) {
    const linked = await db.account.findFirst({ where: { userId: context.userId, provider: ssoProviderId(tenantId) }, select: { userId: true } });
    if (!linked || issuerChanged) {
      return { field: "staffMustUseSso", problem: "signInFirst" };
    }
  }
  const data = {
    issuer,
    clientId: input.clientId,
    ...(input.clientSecret ? { clientSecretSealed: sealSecret(input.clientSecret, env().AUTH_SECRET) } : {}),
    allowedDomains: input.allowedDomains,
    trustUnverifiedEmail: input.trustUnverifiedEmail,
    enabled: input.enabled,
    staffMustUseSso: input.staffMustUseSso,
    updatedById: context.userId,
    ...(testedNow ? { lastTestedAt: new Date() } : {}),
  };
  const changed = current
    ? (["issuer", "clientId", "allowedDomains", "trustUnverifiedEmail", "enabled", "staffMustUseSso"] as const).filter((key) => JSON.stringify(current[key]) !== JSON.stringify(data[key]))
    : ["issuer", "clientId", "enabled"];
  if (input.clientSecret) {
    changed.push("clientSecret");
  }
  await db.$transaction(async (tx) => {
    await tx.tenantSso.upsert({
      where: { tenantId },
      create: { tenantId, ...data, clientSecretSealed: data.clientSecretSealed ?? "" },
      update: data,
    });
    if (changed.length > 0) {
      await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "sso.save", details: { fields: changed } }]);
    }
  });
  return null;
}
