import type { InvitationStatus } from "@/lib/generated/prisma/enums";

export type RosterInvitationState = "notInvited" | "invited" | "joined" | "expired" | "bounced";

/** What HR sees for a roster entry, from whether the person joined and their latest invitation. */
export function invitationState(
  entry: { membershipId: string | null },
  latest: { status: InvitationStatus; expiresAt: Date } | null,
  now = new Date(),
): RosterInvitationState {
  if (entry.membershipId || latest?.status === "ACCEPTED") {
    return "joined";
  }
  if (!latest || latest.status === "REVOKED") {
    return "notInvited";
  }
  if (latest.status === "BOUNCED") {
    return "bounced";
  }
  return latest.expiresAt < now ? "expired" : "invited";
}
