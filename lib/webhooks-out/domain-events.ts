import "server-only";
import type { Tx } from "@/lib/db";
import { emitWebhookEvent } from "./emit";
import { memberFacts } from "./member-facts";

// The four events, each called inside the transaction of the change it reports (decisions/029 lists the payloads).

/** A membership became active: a roster match at sign-up, HR's approval, or an accepted invitation. */
export function emitMemberJoined(tx: Tx, tenantId: string, membershipId: string, via: "roster_match" | "approval" | "invitation") {
  return emitWebhookEvent(tx, tenantId, "member.joined", async () => ({ member: await memberFacts(tx, tenantId, membershipId), via }));
}

/**
 * A joined member is no longer in the network: they left it, deleted their account, or staff removed them. Called
 * before the profile and roster link go, so the payload still names them. Suspension is not leaving.
 */
export function emitMemberLeft(tx: Tx, tenantId: string, membershipId: string, reason: "left" | "account_deleted" | "removed") {
  return emitWebhookEvent(tx, tenantId, "member.left", async () => ({ member: await memberFacts(tx, tenantId, membershipId), reason }));
}

/** An alumnus expressed a new interest: in a posting, a casual career chat, or being open to return. */
export function emitInterestCreated(tx: Tx, tenantId: string, interestId: string) {
  return emitWebhookEvent(tx, tenantId, "interest.created", async () => {
    const interest = await tx.interest.findFirstOrThrow({
      where: { tenantId, id: interestId },
      select: { id: true, kind: true, membershipId: true, createdAt: true, posting: { select: { id: true, title: true, kind: true } } },
    });
    return {
      interest: { id: interest.id, kind: interest.kind, createdAt: interest.createdAt.toISOString() },
      posting: interest.posting ? { id: interest.posting.id, title: interest.posting.title, kind: interest.posting.kind } : null,
      member: await memberFacts(tx, tenantId, interest.membershipId),
    };
  });
}

/** A member registered for an event (a seat or the waiting list), having not been registered before. */
export function emitRsvpCreated(tx: Tx, tenantId: string, registrationId: string) {
  return emitWebhookEvent(tx, tenantId, "rsvp.created", async () => {
    const registration = await tx.eventRegistration.findFirstOrThrow({
      where: { tenantId, id: registrationId },
      select: { id: true, status: true, guests: true, membershipId: true, event: { select: { id: true, title: true, startsAt: true, endsAt: true } } },
    });
    return {
      registration: { id: registration.id, status: registration.status, guests: registration.guests },
      event: { id: registration.event.id, title: registration.event.title, startsAt: registration.event.startsAt.toISOString(), endsAt: registration.event.endsAt?.toISOString() ?? null },
      member: await memberFacts(tx, tenantId, registration.membershipId),
    };
  });
}
