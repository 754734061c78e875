import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Cookies cannot cross sites, so a session signed in on Kizuna's address is carried to a company's own domain by
// a pass: made on Kizuna's address for the signed-in person, used once within a minute on the company's domain,
// which then writes its own session cookie (docs/decisions/032).
const PASS_SECONDS = 60;
const hash = (token: string) => createHash("sha256").update(token).digest("base64url");

/** A pass to the company's verified domain for this person, or null if the company has none. */
export async function issueSignInPass(userId: string, hostname: string, claims: Prisma.InputJsonObject): Promise<string | null> {
  const domain = await db.tenantDomain.findFirst({ where: { hostname, verifiedAt: { not: null } }, select: { tenantId: true } });
  if (!domain) {
    return null;
  }
  const token = randomBytes(32).toString("base64url");
  await db.domainSignIn.create({
    data: { tenantId: domain.tenantId, userId, tokenHash: hash(token), claims, expiresAt: new Date(Date.now() + PASS_SECONDS * 1000) },
  });
  return token;
}

/**
 * Uses a pass on the domain it was made for: one statement stamps it used only if it is unused, unexpired and
 * for this host, so a pass replayed, late or taken to another company's domain is worth nothing.
 */
export async function redeemSignInPass(token: string, hostname: string): Promise<Prisma.JsonObject | null> {
  const rows = await db.$queryRaw<{ claims: Prisma.JsonObject }[]>`
    UPDATE "DomainSignIn" AS p SET "usedAt" = now()
    FROM "TenantDomain" AS d
    WHERE p."tokenHash" = ${hash(token)} AND p."usedAt" IS NULL AND p."expiresAt" > now()
      AND d."tenantId" = p."tenantId" AND d."hostname" = ${hostname} AND d."verifiedAt" IS NOT NULL
    RETURNING p."claims"`;
  return rows[0]?.claims ?? null;
}

/** Cron housekeeping: passes are worth nothing a minute after they were made. */
export async function pruneSignInPasses(): Promise<number> {
  const { count } = await db.domainSignIn.deleteMany({ where: { expiresAt: { lt: new Date(Date.now() - 86_400_000) } } });
  return count;
}
