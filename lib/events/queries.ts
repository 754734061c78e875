import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { visibleEventsWhere } from "./audience";
import { questionsOf } from "./questions";

export type EventListView = "upcoming" | "past" | "mine";

const cardSelect = {
  id: true,
  title: true,
  format: true,
  venueName: true,
  startsAt: true,
  endsAt: true,
  timezone: true,
  capacity: true,
  status: true,
  cover: { select: { version: true } },
} as const;

/** Seats held per event (people going plus their guests). */
async function seatsByEvent(tenantId: string, eventIds: string[]): Promise<Map<string, number>> {
  if (!eventIds.length) {
    return new Map();
  }
  const rows = await db.eventRegistration.groupBy({
    by: ["eventId"],
    where: { tenantId, eventId: { in: eventIds }, status: "GOING", membership: { status: "ACTIVE" } },
    _count: { _all: true },
    _sum: { guests: true },
  });
  return new Map(rows.map((r) => [r.eventId, r._count._all + (r._sum.guests ?? 0)]));
}

/** The portal's list: upcoming (not ended yet, soonest first), past (latest first), or the ones I hold a seat or place in line for. */
export async function listEventsForMember(context: TenantContext, view: EventListView, options: { now?: Date; take?: number; publishedOnly?: boolean } = {}) {
  const now = options.now ?? new Date();
  const visible = await visibleEventsWhere(context);
  // Drafts are for the admin's preview of one event, not for the portal's lists.
  const base: Prisma.EventWhereInput = { AND: [visible, { status: { in: options.publishedOnly ? ["PUBLISHED"] : ["PUBLISHED", "CANCELLED"] } }] };
  const where: Prisma.EventWhereInput =
    view === "upcoming"
      ? { ...base, endsAt: { gte: now } }
      : view === "past"
        ? { ...base, endsAt: { lt: now } }
        : { ...base, registrations: { some: { tenantId: context.tenant.id, membershipId: context.membership.id, status: { in: ["GOING", "WAITLISTED"] } } } };
  const events = await db.event.findMany({
    where,
    orderBy: { startsAt: view === "upcoming" ? "asc" : "desc" },
    take: options.take ?? 100,
    select: {
      ...cardSelect,
      registrations: { where: { tenantId: context.tenant.id, membershipId: context.membership.id }, select: { status: true } },
    },
  });
  const seats = await seatsByEvent(context.tenant.id, events.map((e) => e.id));
  return events.map(({ registrations, ...event }) => ({ ...event, seatsTaken: seats.get(event.id) ?? 0, myStatus: registrations[0]?.status ?? null }));
}

/** One event as this member sees it, with their registration; the join URL only for those holding a seat (and staff). Null: 404. */
export async function getEventForMember(context: TenantContext, eventId: string) {
  const tenantId = context.tenant.id;
  const event = await db.event.findFirst({
    where: { AND: [await visibleEventsWhere(context), { id: eventId, tenantId }] },
    select: {
      ...cardSelect,
      description: true,
      joinUrl: true,
      venueAddress: true,
      mapUrl: true,
      registrationDeadline: true,
      maxGuests: true,
      questions: true,
      registrations: {
        where: { tenantId, membershipId: context.membership.id },
        select: { id: true, status: true, guests: true, answers: true, waitlistedAt: true },
      },
    },
  });
  if (!event) {
    return null;
  }
  const { registrations, joinUrl, ...rest } = event;
  const mine = registrations[0] ?? null;
  const seatsTaken = (await seatsByEvent(tenantId, [eventId])).get(eventId) ?? 0;
  const waitlistPosition =
    mine?.status === "WAITLISTED" && mine.waitlistedAt
      ? 1 + (await db.eventRegistration.count({ where: { tenantId, eventId, status: "WAITLISTED", waitlistedAt: { lt: mine.waitlistedAt } } }))
      : null;
  const showJoinUrl = mine?.status === "GOING" || context.permissions.has("events.manage");
  return { ...rest, questions: questionsOf(rest.questions), joinUrl: showJoinUrl ? joinUrl : null, mine, seatsTaken, waitlistPosition };
}

export type MemberEvent = NonNullable<Awaited<ReturnType<typeof getEventForMember>>>;

/** The admin's list: every event with its seats, waiting line and attendance. */
export async function listEventsForAdmin(context: TenantContext) {
  const tenantId = context.tenant.id;
  const events = await db.event.findMany({ where: { tenantId }, orderBy: { startsAt: "desc" }, take: 200, select: cardSelect });
  const ids = events.map((e) => e.id);
  const counts = ids.length
    ? await db.eventRegistration.groupBy({ by: ["eventId", "status"], where: { tenantId, eventId: { in: ids } }, _count: { _all: true } })
    : [];
  const attended = ids.length
    ? await db.eventRegistration.groupBy({ by: ["eventId"], where: { tenantId, eventId: { in: ids }, status: "GOING", attendedAt: { not: null } }, _count: { _all: true } })
    : [];
  const seats = await seatsByEvent(tenantId, ids);
  const count = (eventId: string, status: string) => counts.find((c) => c.eventId === eventId && c.status === status)?._count._all ?? 0;
  return events.map((event) => {
    const going = count(event.id, "GOING");
    const came = attended.find((a) => a.eventId === event.id)?._count._all ?? 0;
    return { ...event, seatsTaken: seats.get(event.id) ?? 0, going, waitlisted: count(event.id, "WAITLISTED"), attended: came, attendanceRate: going ? came / going : null };
  });
}

const registrantSelect = {
  id: true,
  status: true,
  guests: true,
  answers: true,
  waitlistedAt: true,
  respondedAt: true,
  attendedAt: true,
  membership: { select: { id: true, status: true, user: { select: { name: true, email: true } }, profile: { select: { id: true, displayName: true, nameKana: true, nameRomaji: true } } } },
} as const;

type RegistrantRow = Prisma.EventRegistrationGetPayload<{ select: typeof registrantSelect }>;

function registrantOf(row: RegistrantRow) {
  const { membership, ...rest } = row;
  return {
    ...rest,
    name: membership.profile?.displayName ?? membership.user.name ?? membership.user.email,
    nameKana: membership.profile?.nameKana ?? null,
    email: membership.user.email,
    profileId: membership.profile?.id ?? null,
    active: membership.status === "ACTIVE",
  };
}

export type Registrant = ReturnType<typeof registrantOf>;

/** One event for the admin, with everyone who answered. Null: 404. */
export async function getEventForAdmin(context: TenantContext, eventId: string) {
  const tenantId = context.tenant.id;
  const event = await db.event.findUnique({
    where: { tenantId_id: { tenantId, id: eventId } },
    include: { cover: { select: { version: true } } },
  });
  if (!event) {
    return null;
  }
  const rows = await db.eventRegistration.findMany({
    where: { tenantId, eventId },
    orderBy: [{ status: "asc" }, { waitlistedAt: "asc" }, { respondedAt: "asc" }],
    select: registrantSelect,
  });
  const registrants = rows.map(registrantOf);
  const going = registrants.filter((r) => r.status === "GOING");
  const attended = going.filter((r) => r.attendedAt).length;
  return {
    ...event,
    questions: questionsOf(event.questions),
    registrants,
    seatsTaken: going.filter((r) => r.active).reduce((sum, r) => sum + 1 + r.guests, 0),
    attended,
    attendanceRate: going.length ? attended / going.length : null,
  };
}

export type AdminEvent = NonNullable<Awaited<ReturnType<typeof getEventForAdmin>>>;

/** People holding a seat, for the door: searched by name, kana or romaji. Null: 404. */
export async function registrantsForCheckIn(context: TenantContext, eventId: string, query: string) {
  const tenantId = context.tenant.id;
  const event = await db.event.findUnique({ where: { tenantId_id: { tenantId, id: eventId } }, select: { id: true, title: true, startsAt: true, endsAt: true, timezone: true } });
  if (!event) {
    return null;
  }
  const q = query.trim();
  const match = q
    ? {
        membership: {
          OR: [
            { profile: { displayName: { contains: q, mode: "insensitive" as const } } },
            { profile: { nameKana: { contains: q, mode: "insensitive" as const } } },
            { profile: { nameRomaji: { contains: q, mode: "insensitive" as const } } },
            { user: { name: { contains: q, mode: "insensitive" as const } } },
          ],
        },
      }
    : {};
  const [rows, total, attended] = await Promise.all([
    db.eventRegistration.findMany({ where: { tenantId, eventId, status: "GOING", ...match }, select: registrantSelect, take: 200 }),
    db.eventRegistration.count({ where: { tenantId, eventId, status: "GOING" } }),
    db.eventRegistration.count({ where: { tenantId, eventId, status: "GOING", attendedAt: { not: null } } }),
  ]);
  const registrants = rows.map(registrantOf).sort((a, b) => (a.nameKana ?? a.name).localeCompare(b.nameKana ?? b.name, "ja"));
  return { event, registrants, total, attended };
}
