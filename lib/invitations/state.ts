import type { InvitationStatus } from "@/lib/generated/prisma/enums";

export type RosterInvitationState = "notInvited" | "invited" | "joined" | "expired" | "bounced";

/** What HR sees for a roster entry, from whether the person joined and their latest invitation. */
export function invitationState(
  entry: { membershipId: string | null },
  latest: { status: InvitationStatus; expiresAt: Date } | null,
  now = new Date(),
): RosterInvitationState {
  if (entry.membershipId) {
    return "joined";
  }
  // An accepted invitation without a membership: the person joined and has since left or deleted their account.
  if (!latest || latest.status === "REVOKED" || latest.status === "ACCEPTED") {
    return "notInvited";
  }
  if (latest.status === "BOUNCED") {
    return "bounced";
  }
  return latest.expiresAt < now ? "expired" : "invited";
}
