import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import type { ApiScope } from "./scopes";
import { newSecret } from "./secret";

export type ApiKeyRow = { id: string; name: string; prefix: string; scopes: string[]; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null; createdByName: string | null };

/** The company's keys, newest first, live ones before revoked ones; the secret is never here (it is not kept). */
export async function listApiKeys(context: TenantContext): Promise<ApiKeyRow[]> {
  const keys = await db.apiKey.findMany({
    where: { tenantId: context.tenant.id },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, revokedAt: true, createdById: true },
  });
  const creators = await db.user.findMany({ where: { id: { in: keys.flatMap((k) => (k.createdById ? [k.createdById] : [])) } }, select: { id: true, name: true, email: true } });
  const names = new Map(creators.map((u) => [u.id, u.name ?? u.email]));
  return keys.map(({ createdById, ...k }) => ({ ...k, createdByName: createdById ? (names.get(createdById) ?? null) : null }));
}

/** Makes a key; the answer holds the secret, which is shown once and never again. */
export async function createApiKey(context: TenantContext, name: string, scopes: ApiScope[]): Promise<{ id: string; secret: string }> {
  const tenantId = context.tenant.id;
  const { secret, prefix, hash } = newSecret();
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.create({ data: { tenantId, name, prefix, secretHash: hash, scopes, createdById: context.userId }, select: { id: true } });
    await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "apiKey.create", details: { key: name, prefix, scopes } }]);
    return { id: key.id, secret };
  });
}

/** Revokes a live key of the company; false when there is none of that id (another company's, or already revoked). */
export async function revokeApiKey(context: TenantContext, id: string): Promise<boolean> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id, tenantId, revokedAt: null }, select: { name: true, prefix: true } });
    if (!key) {
      return false;
    }
    await tx.apiKey.update({ where: { id, tenantId }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "apiKey.revoke", details: { key: key.name, prefix: key.prefix } }]);
    return true;
  });
}
