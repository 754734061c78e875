import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// The demo company syncs its roster from its HR system every night and once fed a BI tool whose key it revoked,
// so the API keys page shows a live key and a revoked one, with the times they were last used. Their secrets are
// random and thrown away (as in real life, only the hash is kept): to try the API, make a new key on the page.
const KEYS = [
  { name: "SmartHR 名簿連携", scopes: ["roster:write", "members:read"], createdDaysAgo: 62, lastUsedHoursAgo: 7, revokedDaysAgo: null },
  { name: "BI ダッシュボード（旧）", scopes: ["members:read", "events:read", "pipeline:read"], createdDaysAgo: 240, lastUsedHoursAgo: 24 * 95, revokedDaysAgo: 90 },
] as const;

export async function seedApiKeys(tx: Tx, tenantId: string, staffUserId: string): Promise<void> {
  const now = Date.now();
  for (const key of KEYS) {
    const secret = `kz_live_${randomBytes(32).toString("base64url")}`;
    const prefix = secret.slice(0, 14);
    await tx.apiKey.create({
      data: {
        tenantId, name: key.name, prefix, scopes: [...key.scopes], createdById: staffUserId,
        secretHash: createHash("sha256").update(secret).digest("hex"),
        createdAt: new Date(now - key.createdDaysAgo * DAY),
        lastUsedAt: new Date(now - key.lastUsedHoursAgo * HOUR),
        revokedAt: key.revokedDaysAgo === null ? null : new Date(now - key.revokedDaysAgo * DAY),
      },
    });
    await tx.auditEvent.create({ data: { tenantId, actorUserId: staffUserId, action: "apiKey.create", details: { key: key.name, prefix }, createdAt: new Date(now - key.createdDaysAgo * DAY) } });
    if (key.revokedDaysAgo !== null) {
      await tx.auditEvent.create({ data: { tenantId, actorUserId: staffUserId, action: "apiKey.revoke", details: { key: key.name, prefix }, createdAt: new Date(now - key.revokedDaysAgo * DAY) } });
    }
  }
}
