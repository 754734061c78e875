import "server-only";
import { db, type Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { fromLocalDateTime } from "@/lib/time/zoned";
import { resizeCover } from "./cover";
import { enqueueEventNotices } from "./enqueue";
import type { EventForm } from "./schema";
import { lockEvent, promoteWaitlist, SEAT_TRANSACTION } from "./seats";

type Saved = { ok: true; id: string } | { ok: false; field: string; message: string } | null;

const HOLDING_A_PLACE = ["GOING", "WAITLISTED"] as const;

function fieldsOf(form: EventForm, timeZone: string) {
  const at = (value: string) => fromLocalDateTime(value, timeZone);
  return {
    title: form.title,
    description: form.description,
    format: form.format,
    joinUrl: form.format === "ONLINE" ? form.joinUrl : null,
    venueName: form.format === "VENUE" ? form.venueName : null,
    venueAddress: form.format === "VENUE" ? form.venueAddress : null,
    mapUrl: form.format === "VENUE" ? form.mapUrl : null,
    startsAt: at(form.startsAt),
    endsAt: at(form.endsAt),
    registrationDeadline: form.registrationDeadline ? at(form.registrationDeadline) : null,
    capacity: form.capacity,
    maxGuests: form.maxGuests,
    questions: form.questions,
    segmentId: form.segmentId,
    timezone: timeZone,
  };
}

async function storeCover(tx: Tx, tenantId: string, eventId: string, cover: { image: Uint8Array<ArrayBuffer>; version: string } | null, remove: boolean) {
  if (cover) {
    await tx.eventCover.upsert({
      where: { tenantId_eventId: { tenantId, eventId } },
      create: { tenantId, eventId, ...cover },
      update: cover,
    });
  } else if (remove) {
    await tx.eventCover.deleteMany({ where: { tenantId, eventId } });
  }
}

/**
 * Creates an event (a draft) or saves changes to one. A change of time or place is mailed to everyone holding a
 * seat or waiting, and their reminder is due again for the new time; more capacity moves the waiting line up.
 * `copyCoverFrom`: a duplicated event keeps the original's cover unless a new one is uploaded.
 */
export async function saveEvent(context: TenantContext, form: EventForm, copyCoverFrom?: string | null): Promise<Saved> {
  const tenantId = context.tenant.id;
  const timeZone = context.tenant.timezone;
  const fields = fieldsOf(form, timeZone);
  if (!fields.startsAt || !fields.endsAt) {
    return { ok: false, field: "startsAt", message: "events.badDateTime" };
  }
  if (form.segmentId && !(await db.segment.count({ where: { id: form.segmentId, tenantId } }))) {
    return { ok: false, field: "segmentId", message: "events.unknownSegment" };
  }
  // Decoded before the transaction: a picture that does not decode changes nothing.
  const cover = form.cover ? await resizeCover(new Uint8Array(await form.cover.arrayBuffer())) : null;
  const data = { ...fields, startsAt: fields.startsAt, endsAt: fields.endsAt };

  if (!form.id) {
    return db.$transaction(async (tx) => {
      const created = await tx.event.create({ data: { ...data, tenantId, createdById: context.membership.id }, select: { id: true } });
      const copied = !cover && copyCoverFrom ? await tx.eventCover.findUnique({ where: { tenantId_eventId: { tenantId, eventId: copyCoverFrom } }, select: { image: true, version: true } }) : null;
      await storeCover(tx, tenantId, created.id, cover ?? copied, false);
      return { ok: true, id: created.id };
    });
  }

  const eventId = form.id;
  return db.$transaction(async (tx) => {
    const locked = await lockEvent(tx, tenantId, eventId);
    if (!locked) {
      return null;
    }
    const before = await tx.event.findUniqueOrThrow({ where: { id: eventId, tenantId }, select: { venueAddress: true, joinUrl: true, format: true } });
    const updated = await tx.event.update({ where: { id: eventId, tenantId }, data, select: { id: true, status: true, capacity: true, tenantId: true } });
    await storeCover(tx, tenantId, eventId, cover, form.removeCover);
    if (updated.status !== "PUBLISHED") {
      return { ok: true, id: eventId };
    }
    const timeChanged = locked.startsAt.getTime() !== data.startsAt.getTime() || locked.endsAt.getTime() !== data.endsAt.getTime();
    const placeChanged = before.format !== data.format || before.venueAddress !== data.venueAddress || before.joinUrl !== data.joinUrl;
    if (timeChanged) {
      await tx.eventRegistration.updateMany({ where: { tenantId, eventId, status: "GOING" }, data: { reminderSentAt: null } });
    }
    const promoted = await promoteWaitlist(tx, updated);
    await enqueueEventNotices(tx, { tenantId, eventId, kind: "promoted", registrationIds: promoted });
    if (timeChanged || placeChanged) {
      const told = await tx.eventRegistration.findMany({
        where: { tenantId, eventId, status: { in: [...HOLDING_A_PLACE] }, id: { notIn: promoted } },
        select: { id: true },
      });
      await enqueueEventNotices(tx, { tenantId, eventId, kind: "changed", registrationIds: told.map((r) => r.id) });
    }
    return { ok: true, id: eventId };
  }, SEAT_TRANSACTION);
}

const TRANSITIONS: Record<string, readonly string[]> = {
  DRAFT: ["PUBLISHED", "CANCELLED"],
  PUBLISHED: ["CANCELLED"],
  CANCELLED: [],
};

/**
 * Publishes or cancels an event. Cancelling tells everyone who held a seat or waited. Null: no such event here;
 * false: not a step this event can take (a cancelled event stays cancelled).
 */
export async function setEventStatus(context: TenantContext, eventId: string, status: "DRAFT" | "PUBLISHED" | "CANCELLED", now = new Date()): Promise<boolean | null> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const event = await lockEvent(tx, tenantId, eventId);
    if (!event) {
      return null;
    }
    if (!TRANSITIONS[event.status]!.includes(status)) {
      return false;
    }
    await tx.event.update({
      where: { id: eventId, tenantId },
      data: { status, ...(status === "PUBLISHED" ? { publishedAt: now } : {}), ...(status === "CANCELLED" ? { cancelledAt: now } : {}) },
    });
    if (status === "CANCELLED") {
      const told = await tx.eventRegistration.findMany({ where: { tenantId, eventId, status: { in: [...HOLDING_A_PLACE] } }, select: { id: true } });
      await enqueueEventNotices(tx, { tenantId, eventId, kind: "cancelled", registrationIds: told.map((r) => r.id) });
    }
    return true;
  }, SEAT_TRANSACTION);
}
