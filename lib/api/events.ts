import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { ApiCaller } from "./authenticate";
import { pageOf, type PageRequest } from "./pagination";
import type { eventSchema } from "./schemas";

type EventItem = z.output<typeof eventSchema>;

/** The company's events, drafts included (the key is staff's), with the seats taken; never the join link. */
export async function listEvents(caller: ApiCaller, page: PageRequest) {
  const tenantId = caller.tenantId;
  const rows = await db.event.findMany({
    where: { tenantId, ...(page.after ? { id: { gt: page.after } } : {}) },
    orderBy: { id: "asc" },
    take: page.limit + 1,
    select: { id: true, title: true, status: true, format: true, startsAt: true, endsAt: true, timezone: true, venueName: true, capacity: true, createdAt: true },
  });
  const going = await db.eventRegistration.groupBy({
    by: ["eventId"],
    where: { tenantId, status: "GOING", eventId: { in: rows.map((r) => r.id) } },
    _count: { _all: true },
  });
  const seats = new Map(going.map((g) => [g.eventId, g._count._all]));
  return pageOf(rows, page.limit, (e): EventItem => ({
    id: e.id,
    title: e.title,
    status: e.status.toLowerCase() as EventItem["status"],
    format: e.format.toLowerCase() as EventItem["format"],
    starts_at: e.startsAt.toISOString(),
    ends_at: e.endsAt.toISOString(),
    timezone: e.timezone,
    venue_name: e.venueName,
    capacity: e.capacity,
    going: seats.get(e.id) ?? 0,
    created_at: e.createdAt.toISOString(),
  }));
}
