import "server-only";
import { db } from "@/lib/db";
import type { ApiScope } from "./scopes";
import { hashSecret, sameHash } from "./secret";

/** Who is calling: a live key and the company it belongs to (the only company the call can address). */
export type ApiCaller = { keyId: string; keyName: string; tenantId: string; createdById: string | null; scopes: ReadonlySet<ApiScope> };

export type KeyLookup = { ok: true; caller: ApiCaller } | { ok: false; reason: "unknown" | "revoked" | "suspended" };

const TOUCH_EVERY_MS = 60_000;

/** The key a secret belongs to. Records its use at most once a minute, so calls do not each cost a write. */
export async function findApiKey(secret: string): Promise<KeyLookup> {
  const hash = hashSecret(secret);
  const key = await db.apiKey.findUnique({
    where: { secretHash: hash },
    select: { id: true, name: true, tenantId: true, secretHash: true, scopes: true, createdById: true, lastUsedAt: true, revokedAt: true, tenant: { select: { status: true } } },
  });
  if (!key || !sameHash(key.secretHash, hash)) {
    return { ok: false, reason: "unknown" };
  }
  if (key.revokedAt) {
    return { ok: false, reason: "revoked" };
  }
  if (key.tenant.status !== "ACTIVE") {
    return { ok: false, reason: "suspended" };
  }
  const now = Date.now();
  if (!key.lastUsedAt || now - key.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    await db.apiKey.updateMany({ where: { id: key.id, tenantId: key.tenantId }, data: { lastUsedAt: new Date(now) } });
  }
  return {
    ok: true,
    caller: { keyId: key.id, keyName: key.name, tenantId: key.tenantId, createdById: key.createdById, scopes: new Set(key.scopes as ApiScope[]) },
  };
}
