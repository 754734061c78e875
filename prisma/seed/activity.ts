import type { Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * Days each demo member used the portal, ending on their last-active day: a few visits a month for regulars, one
 * or two for the rest — the history active rates are counted from.
 */
export async function seedActivity(tx: Tx, tenantId: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "MemberActivity" ("tenantId", "membershipId", "day")
    SELECT p."tenantId", p."membershipId", (p."lastActiveAt" AT TIME ZONE 'Asia/Tokyo')::date - (k * (3 + abs(hashtext(p.id)) % 12))
    FROM "AlumniProfile" p CROSS JOIN generate_series(0, 9) AS k
    WHERE p."tenantId" = ${tenantId} AND p."lastActiveAt" IS NOT NULL AND k <= abs(hashtext(p.id || 'visits')) % 10
    ON CONFLICT DO NOTHING`;
  await seedLastActiveDays(tx, tenantId);
}

/** Each member's last active day, as lib/activity/record.ts keeps it, for activity written in bulk. */
export async function seedLastActiveDays(tx: Tx, tenantId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Membership" m SET "lastActiveOn" = a.last
    FROM (SELECT "membershipId", max(day) AS last FROM "MemberActivity" WHERE "tenantId" = ${tenantId} GROUP BY 1) a
    WHERE m."tenantId" = ${tenantId} AND m.id = a."membershipId"`;
}
