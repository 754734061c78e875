import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { canSeeEvent } from "./audience";
import { enqueueEventNotices } from "./enqueue";
import { questionsOf, type EventAnswers } from "./questions";
import { lockEvent, promoteWaitlist, SEAT_TRANSACTION, seatsTaken } from "./seats";
import { emitRsvpCreated } from "@/lib/webhooks-out/domain-events";

export type RsvpInput = { response: "GOING" | "NOT_GOING"; guests: number; answers: EventAnswers };

export type RsvpOutcome =
  | { ok: true; status: "GOING" | "WAITLISTED" | "NOT_GOING" | "CANCELLED" }
  | { ok: false; reason: "closed" | "deadline" | "tooManyGuests" | "noRoomForGuests" | "nothingToCancel"; field?: string }
  | { ok: false; reason: "answerRequired"; field: string };

/** Registration is open: published, before its deadline (or its start when there is none). */
function isOpen(event: { status: string; registrationDeadline: Date | null; startsAt: Date }, now: Date): "open" | "closed" | "deadline" {
  if (event.status !== "PUBLISHED") {
    return "closed";
  }
  return now > (event.registrationDeadline ?? event.startsAt) ? "deadline" : "open";
}

/**
 * A member answers "going" or "not going". Going takes a seat (for them and their guests) when one is free,
 * else a place on the waiting line; not going frees what they held, and the line moves up. All under the
 * event's row lock (lockEvent), so the last seat goes to exactly one person. Null: no such event for this member.
 */
export async function respondToEvent(context: TenantContext, eventId: string, input: RsvpInput, now = new Date()): Promise<RsvpOutcome | null> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const event = await lockEvent(tx, tenantId, eventId);
    if (!event || !(await canSeeEvent(context, event))) {
      return null;
    }
    const open = isOpen(event, now);
    if (open !== "open") {
      return { ok: false, reason: open };
    }
    const existing = await tx.eventRegistration.findUnique({
      where: { tenantId_eventId_membershipId: { tenantId, eventId, membershipId: context.membership.id } },
      select: { id: true, status: true, waitlistedAt: true },
    });

    if (input.response === "NOT_GOING") {
      await tx.eventRegistration.upsert({
        where: { tenantId_eventId_membershipId: { tenantId, eventId, membershipId: context.membership.id } },
        create: { tenantId, eventId, membershipId: context.membership.id, status: "NOT_GOING", respondedAt: now },
        update: { status: "NOT_GOING", guests: 0, waitlistedAt: null, respondedAt: now },
      });
      if (existing?.status === "GOING") {
        await enqueueEventNotices(tx, { tenantId, eventId, kind: "promoted", registrationIds: await promoteWaitlist(tx, event) });
      }
      return { ok: true, status: "NOT_GOING" };
    }

    if (input.guests > event.maxGuests) {
      return { ok: false, reason: "tooManyGuests", field: "guests" };
    }
    const questions = questionsOf(event.questions);
    const missing = questions.find((q) => q.required && !input.answers[q.id]?.trim());
    if (missing) {
      return { ok: false, reason: "answerRequired", field: missing.id };
    }
    const answers = Object.fromEntries(questions.filter((q) => input.answers[q.id]).map((q) => [q.id, input.answers[q.id]!.trim()]));
    const taken = await seatsTaken(tx, tenantId, eventId, existing?.id);
    const fits = event.capacity === null || taken + 1 + input.guests <= event.capacity;
    if (!fits && existing?.status === "GOING") {
      // They already hold a seat: asking for more guests than there is room for keeps what they had.
      return { ok: false, reason: "noRoomForGuests", field: "guests" };
    }
    const status = fits ? "GOING" : "WAITLISTED";
    const waitlistedAt = fits ? null : existing?.status === "WAITLISTED" ? existing.waitlistedAt : now;
    const saved = await tx.eventRegistration.upsert({
      where: { tenantId_eventId_membershipId: { tenantId, eventId, membershipId: context.membership.id } },
      create: { tenantId, eventId, membershipId: context.membership.id, status, guests: input.guests, answers, waitlistedAt, respondedAt: now },
      update: { status, guests: input.guests, answers, waitlistedAt, respondedAt: now },
      select: { id: true },
    });
    if (existing?.status !== "GOING" && existing?.status !== "WAITLISTED") {
      await emitRsvpCreated(tx, tenantId, saved.id);
    }
    if (existing?.status === "GOING") {
      // Fewer guests than before frees seats for the line.
      await enqueueEventNotices(tx, { tenantId, eventId, kind: "promoted", registrationIds: await promoteWaitlist(tx, event) });
    } else if (existing?.status !== status) {
      await enqueueEventNotices(tx, { tenantId, eventId, kind: status === "GOING" ? "confirmed" : "waitlisted", registrationIds: [saved.id] });
    }
    return { ok: true, status };
  }, SEAT_TRANSACTION);
}

/** A member gives up their seat or place in line; the line moves up. Null: no such event for this member. */
export async function cancelRegistration(context: TenantContext, eventId: string, now = new Date()): Promise<RsvpOutcome | null> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const event = await lockEvent(tx, tenantId, eventId);
    if (!event || !(await canSeeEvent(context, event))) {
      return null;
    }
    const existing = await tx.eventRegistration.findUnique({
      where: { tenantId_eventId_membershipId: { tenantId, eventId, membershipId: context.membership.id } },
      select: { id: true, status: true },
    });
    if (!existing || (existing.status !== "GOING" && existing.status !== "WAITLISTED")) {
      return { ok: false, reason: "nothingToCancel" };
    }
    await tx.eventRegistration.update({
      where: { id: existing.id, tenantId },
      data: { status: "CANCELLED", guests: 0, waitlistedAt: null, respondedAt: now },
    });
    if (existing.status === "GOING") {
      await enqueueEventNotices(tx, { tenantId, eventId, kind: "promoted", registrationIds: await promoteWaitlist(tx, event) });
    }
    return { ok: true, status: "CANCELLED" };
  }, SEAT_TRANSACTION);
}
