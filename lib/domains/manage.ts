import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { appHostname } from "./app-origin";
import { checkChallenge, type DnsCheck } from "./dns-check";
import { isReservedHostname } from "./hostname";
import { forgetHost } from "./lookup";

export type SetDomainResult = "saved" | "unchanged" | "reserved" | "taken";

/**
 * Claims an address for the company (replacing its previous one): a new token to prove it with, not yet served.
 * An address another company holds is refused whether or not it verified it, so nobody can queue behind a claim.
 */
export async function setDomain(context: TenantContext, hostname: string): Promise<SetDomainResult> {
  if (isReservedHostname(hostname, appHostname())) {
    return "reserved";
  }
  const current = await db.tenantDomain.findUnique({ where: { tenantId: context.tenant.id }, select: { hostname: true } });
  if (current?.hostname === hostname) {
    return "unchanged";
  }
  try {
    await db.$transaction(async (tx) => {
      await tx.tenantDomain.deleteMany({ where: { tenantId: context.tenant.id } });
      await tx.tenantDomain.create({ data: { tenantId: context.tenant.id, hostname, token: randomBytes(18).toString("base64url"), createdById: context.userId } });
      await recordAudit(tx, { tenantId: context.tenant.id, userId: context.userId }, [{ action: "domain.set", details: { hostname, previous: current?.hostname ?? null } }]);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return "taken";
    }
    throw error;
  }
  if (current) {
    forgetHost(current.hostname);
  }
  return "saved";
}

/** Looks the proof up in DNS now and records the outcome; a verified address is served from the next request. */
export async function verifyDomain(context: TenantContext): Promise<DnsCheck | null> {
  const domain = await db.tenantDomain.findUnique({ where: { tenantId: context.tenant.id } });
  if (!domain) {
    return null;
  }
  const check = await checkChallenge(domain.hostname, domain.token);
  await recordCheck(domain.id, check, !domain.verifiedAt, { tenantId: context.tenant.id, userId: context.userId }, domain.hostname);
  return check;
}

/**
 * Stores a check. A verified address stays verified when a later check fails (a DNS hiccup must not take a
 * company's site down); only the first success is audited.
 */
async function recordCheck(id: string, check: DnsCheck, firstProof: boolean, actor: { tenantId: string; userId: string } | null, hostname: string) {
  await db.$transaction(async (tx) => {
    await tx.tenantDomain.update({
      where: { id },
      data: { lastCheckedAt: new Date(), lastError: check.ok ? null : check.reason, ...(check.ok && firstProof ? { verifiedAt: new Date() } : {}) },
    });
    if (check.ok && firstProof && actor) {
      await recordAudit(tx, actor, [{ action: "domain.verify", details: { hostname } }]);
    }
  });
  if (check.ok) {
    forgetHost(hostname);
  }
}

/** Cron: checks the addresses still waiting for their proof (claimed in the last 7 days), so HR need not press a button. */
export async function verifyPendingDomains(): Promise<number> {
  const pending = await db.tenantDomain.findMany({
    where: { verifiedAt: null, createdAt: { gt: new Date(Date.now() - 7 * 86_400_000) } },
    select: { id: true, hostname: true, token: true },
    take: 200,
  });
  let verified = 0;
  for (const domain of pending) {
    const check = await checkChallenge(domain.hostname, domain.token);
    await recordCheck(domain.id, check, true, null, domain.hostname);
    verified += check.ok ? 1 : 0;
  }
  return verified;
}

/** Stops serving the company on its address (its Kizuna address keeps working). */
export async function removeDomain(context: TenantContext): Promise<boolean> {
  const removed = await db.$transaction(async (tx) => {
    const domain = await tx.tenantDomain.findUnique({ where: { tenantId: context.tenant.id }, select: { hostname: true } });
    if (!domain) {
      return null;
    }
    await tx.tenantDomain.delete({ where: { tenantId: context.tenant.id } });
    await recordAudit(tx, { tenantId: context.tenant.id, userId: context.userId }, [{ action: "domain.remove", details: { hostname: domain.hostname } }]);
    return domain.hostname;
  });
  if (removed) {
    forgetHost(removed);
  }
  return removed !== null;
}

export async function companyDomain(context: TenantContext) {
  return db.tenantDomain.findUnique({
    where: { tenantId: context.tenant.id },
    select: { hostname: true, token: true, verifiedAt: true, lastCheckedAt: true, lastError: true, createdAt: true },
  });
}
