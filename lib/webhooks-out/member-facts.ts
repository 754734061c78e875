import "server-only";
import type { Tx } from "@/lib/db";
import type { WebhookMember } from "./events";

/**
 * What a payload says about a member, read inside the event's transaction — before a leaving member's profile and
 * roster link are gone. Ids to match on, and the name and address the company already holds; nothing from the
 * profile the member keeps to themselves.
 */
export async function memberFacts(tx: Tx, tenantId: string, membershipId: string): Promise<WebhookMember> {
  const membership = await tx.membership.findFirst({ where: { tenantId, id: membershipId }, select: { user: { select: { email: true, name: true } }, profile: { select: { displayName: true } } } });
  const entry = await tx.rosterEntry.findFirst({ where: { tenantId, membershipId }, select: { id: true, employeeNumber: true } });
  return {
    id: membershipId,
    name: membership?.profile?.displayName ?? membership?.user.name ?? null,
    email: membership?.user.email ?? null,
    employeeNumber: entry?.employeeNumber ?? null,
    rosterEntryId: entry?.id ?? null,
  };
}
