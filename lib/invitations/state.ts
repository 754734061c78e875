import type { InvitationStatus } from "@/lib/generated/prisma/enums";

export type RosterInvitationState = "notInvited" | "scheduled" | "invited" | "joined" | "expired" | "bounced";

/** What HR sees for a roster entry, from whether the person joined and their latest invitation. */
export function invitationState(
  entry: { membershipId: string | null },
  latest: { status: InvitationStatus; expiresAt: Date; scheduledFor?: Date | null } | null,
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
  if (latest.status === "PENDING" && latest.scheduledFor && latest.scheduledFor > now) {
    return "scheduled";
  }
  return latest.expiresAt < now ? "expired" : "invited";
}
