import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { BroadcastAudience } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { filteredMembersSql, segmentAudienceSql } from "@/lib/segments/audience";
import { readSegmentFilters } from "@/lib/segments/schema";

export type AudienceChoice = { audience: BroadcastAudience; segmentId: string | null; filters: unknown };

/**
 * Who an announcement goes to, as SQL selecting ACTIVE alumni membership ids: everyone, a saved segment (decided
 * now, from its filters), or the filters kept with the announcement. Null when the segment no longer exists.
 */
export async function audienceMembersSql(tenantId: string, timeZone: string, choice: AudienceChoice): Promise<Prisma.Sql | null> {
  switch (choice.audience) {
    case "EVERYONE":
      return filteredMembersSql(tenantId, {}, timeZone);
    case "SEGMENT":
      return choice.segmentId ? segmentAudienceSql(tenantId, choice.segmentId) : null;
    case "FILTER":
      return filteredMembersSql(tenantId, readSegmentFilters(choice.filters), timeZone);
  }
}

// The address-level no-mail list keeps complaints of deleted accounts as a hash (lib/email/suppressions.ts).
const suppressedSql = (email: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "EmailSuppression" s WHERE s.email IN (lower(${email}), 'sha256:' || encode(sha256(convert_to(lower(${email}), 'UTF8')), 'hex')))`;

/**
 * The audience with what sending needs of each recipient: address, language (their own, else the company's) and
 * why no email may go (null: it may) — the set-based form of `mayEmail` for one category. The one source of
 * both the count shown before sending and the fan-out, so the two cannot disagree.
 */
export function recipientRowsSql(tenantId: string, members: Prisma.Sql, category: string): Prisma.Sql {
  return Prisma.sql`
    SELECT m.id AS "membershipId", u.email, COALESCE(u.locale, t."defaultLocale")::text AS locale,
      CASE
        WHEN ${suppressedSql(Prisma.sql`u.email`)} THEN 'suppressed'
        WHEN EXISTS (SELECT 1 FROM "EmailPreference" p WHERE p."tenantId" = m."tenantId" AND p."membershipId" = m.id
                     AND p.category IN ('all', ${category}) AND NOT p.enabled) THEN 'optedOut'
      END AS "skipReason"
    FROM (${members}) a
    JOIN "Membership" m ON m.id = a.id AND m."tenantId" = ${tenantId}
    JOIN "User" u ON u.id = m."userId"
    JOIN "Tenant" t ON t.id = m."tenantId"`;
}

export type RecipientCount = { members: number; email: number };

/** How many alumni an announcement reaches now: in the portal (every member) and by email (those who allow it). */
export async function countRecipients(tenantId: string, timeZone: string, choice: AudienceChoice, category: string): Promise<RecipientCount | null> {
  const members = await audienceMembersSql(tenantId, timeZone, choice);
  if (!members) {
    return null;
  }
  const [row] = await db.$queryRaw<{ members: bigint; email: bigint }[]>`
    SELECT count(*) AS members, count(*) FILTER (WHERE "skipReason" IS NULL) AS email
    FROM (${recipientRowsSql(tenantId, members, category)}) r`;
  return { members: Number(row?.members ?? 0), email: Number(row?.email ?? 0) };
}

export const audienceKindSchema = z.enum(["EVERYONE", "SEGMENT", "FILTER"]);
