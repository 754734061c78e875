import "server-only";
import type { Tx } from "@/lib/db";

/**
 * The active members of the company a text mentions as "@" + their display name (e.g. "@佐藤 花子"), the writer
 * excepted: membership ids for the MENTION notification. Matched in one statement against the profiles' names, so a
 * name with a space works and a name that is not a member's matches nobody.
 */
export async function mentionedMemberIds(tx: Tx, tenantId: string, text: string, writerId: string): Promise<string[]> {
  if (!text.includes("@")) {
    return [];
  }
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT m.id FROM "AlumniProfile" p JOIN "Membership" m ON m."tenantId" = p."tenantId" AND m.id = p."membershipId"
    WHERE p."tenantId" = ${tenantId} AND m.status = 'ACTIVE' AND m.id <> ${writerId}
      AND length(p."displayName") > 0 AND strpos(${text}, '@' || p."displayName") > 0
    LIMIT 20`;
  return rows.map((r) => r.id);
}
