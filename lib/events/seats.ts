import "server-only";
import type { Tx } from "@/lib/db";

export type LockedEvent = {
  id: string;
  tenantId: string;
  status: "DRAFT" | "PUBLISHED" | "CANCELLED";
  segmentId: string | null;
  capacity: number | null;
  maxGuests: number;
  registrationDeadline: Date | null;
  startsAt: Date;
  endsAt: Date;
  questions: unknown;
};

/**
 * Reads the event and locks its row until the transaction ends. Everything that hands out or frees a seat goes
 * through here first, so two people answering at the same moment are served one after the other and the seat
 * count each of them sees is the true one: capacity is never exceeded.
 */
export async function lockEvent(tx: Tx, tenantId: string, eventId: string): Promise<LockedEvent | null> {
  const rows = await tx.$queryRaw<LockedEvent[]>`
    SELECT id, "tenantId", status::text AS status, "segmentId", capacity, "maxGuests", "registrationDeadline", "startsAt", "endsAt", questions
    FROM "Event" WHERE id = ${eventId} AND "tenantId" = ${tenantId} FOR UPDATE`;
  return rows[0] ?? null;
}

/** Seats held by people going, their guests included (optionally leaving one registration out). */
export async function seatsTaken(tx: Tx, tenantId: string, eventId: string, except?: string): Promise<number> {
  const going = await tx.eventRegistration.findMany({
    // A seat held by someone no longer active in the network (left, suspended, removed) is free again.
    where: { tenantId, eventId, status: "GOING", membership: { status: "ACTIVE" }, ...(except ? { id: { not: except } } : {}) },
    select: { guests: true },
  });
  return going.reduce((sum, r) => sum + 1 + r.guests, 0);
}

/**
 * Gives freed seats to the waiting line, in the order people joined it; someone whose party does not fit yet is
 * passed over for a smaller one behind them, and keeps their place. Call with the event locked.
 */
export async function promoteWaitlist(tx: Tx, event: Pick<LockedEvent, "id" | "tenantId" | "capacity" | "status">): Promise<string[]> {
  if (event.status !== "PUBLISHED") {
    return [];
  }
  const waiting = await tx.eventRegistration.findMany({
    where: { tenantId: event.tenantId, eventId: event.id, status: "WAITLISTED", membership: { status: "ACTIVE" } },
    orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }],
    select: { id: true, guests: true },
  });
  let taken = await seatsTaken(tx, event.tenantId, event.id);
  const promoted: string[] = [];
  for (const person of waiting) {
    if (event.capacity !== null && taken + 1 + person.guests > event.capacity) {
      continue;
    }
    taken += 1 + person.guests;
    promoted.push(person.id);
  }
  if (promoted.length) {
    await tx.eventRegistration.updateMany({
      where: { tenantId: event.tenantId, id: { in: promoted }, status: "WAITLISTED" },
      data: { status: "GOING", waitlistedAt: null, respondedAt: new Date() },
    });
  }
  return promoted;
}

// People answering at the same moment queue on the event's lock (and for a pool connection): give them time to
// wait their turn rather than fail after Prisma's 2-second default.
export const SEAT_TRANSACTION = { maxWait: 15_000, timeout: 15_000 } as const;
