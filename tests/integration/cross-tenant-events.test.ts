import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as calendarRoute } from "@/app/[tenant]/(portal)/events/[id]/calendar/route";
import { GET as coverRoute } from "@/app/[tenant]/(portal)/events/[id]/cover/route";
import { GET as exportRoute } from "@/app/[tenant]/admin/events/[id]/export/route";
import { cancelRsvpAction, rsvpAction } from "@/lib/actions/event-rsvp";
import { checkInAction, saveEventAction, setEventStatusAction } from "@/lib/actions/events";
import { db } from "@/lib/db";
import { resizeCover } from "@/lib/events/cover";
import { getCoverForViewer } from "@/lib/events/cover-read";
import { attendeeRows } from "@/lib/events/export";
import { getEventForAdmin, getEventForMember, listEventsForMember, registrantsForCheckIn } from "@/lib/events/queries";
import { respondToEvent } from "@/lib/events/rsvp";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { caller, outcomeOf } from "../support/action-caller";
import { alumnusContext, createEvent } from "../support/events";
import { createMember, createTenant } from "../support/factories";
import { pngOf } from "../support/images";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

beforeEach(() => {
  caller.userId = null;
});

async function companyWithEvent() {
  const [a, b] = [await createTenant(), await createTenant()];
  const event = await createEvent(a.id, { capacity: 5 });
  await db.eventCover.create({ data: { tenantId: a.id, eventId: event.id, ...(await resizeCover(await pngOf(300, 200))) } });
  const attendee = await alumnusContext(a, "A社 参加者");
  await respondToEvent(attendee.context, event.id, { response: "GOING", guests: 0, answers: {} });
  const registration = await db.eventRegistration.findFirstOrThrow({ where: { eventId: event.id } });
  const { user: ownerOfB } = await createMember(b.id, "OWNER");
  const alumnusOfB = await alumnusContext(b);
  return { a, b, event, attendee, registration, ownerOfB, alumnusOfB };
}

const routeParams = (tenant: string, id: string) => ({ params: Promise.resolve({ tenant, id }) });
const request = (path: string) => new Request(`http://localhost${path}`);

// Company B's owner and alumni, holding company A's event id, reach nothing of it — under either company's slug.
describe("events across tenants", () => {
  it("answers 404 to every event action called by another company's owner, its alumni or a signed-out caller", async () => {
    const { a, b, event, registration, ownerOfB, alumnusOfB } = await companyWithEvent();
    const form = { id: event.id, title: "乗っ取り", format: "VENUE", venueAddress: "どこか", startsAt: "2030-01-01T10:00", endsAt: "2030-01-01T12:00" };
    for (const who of [null, ownerOfB.id, alumnusOfB.user.id]) {
      caller.userId = who;
      for (const tenant of [a.slug, b.slug]) {
        const calls = [
          () => saveEventAction(null, { tenant, ...form }),
          () => setEventStatusAction(null, { tenant, eventId: event.id, status: "CANCELLED" }),
          () => checkInAction(null, { tenant, eventId: event.id, registrationId: registration.id, attended: "true" }),
          () => rsvpAction(null, { tenant, eventId: event.id, response: "GOING" }),
          () => cancelRsvpAction(null, { tenant, eventId: event.id }),
        ];
        for (const [i, call] of calls.entries()) {
          expect(`${tenant} ${i}: ${await outcomeOf(call())}`).toBe(`${tenant} ${i}: 404`);
        }
        for (const route of [coverRoute, calendarRoute, exportRoute]) {
          expect((await route(request(`/${tenant}/events/${event.id}`), routeParams(tenant, event.id))).status).toBe(404);
        }
      }
    }
    expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ title: event.title, status: "PUBLISHED" });
    expect(await db.eventRegistration.findMany({ where: { eventId: event.id } })).toEqual([registration]);
  });

  it("finds nothing of another company's event in any query the pages use", async () => {
    const { b, event, ownerOfB, alumnusOfB } = await companyWithEvent();
    const owner = (await resolveTenantContext(b.slug, ownerOfB.id)) as TenantContext;
    for (const context of [owner, alumnusOfB.context]) {
      expect(await getEventForMember(context, event.id)).toBeNull();
      expect(await getCoverForViewer(context, event.id)).toBeNull();
      for (const view of ["upcoming", "past", "mine"] as const) {
        expect(await listEventsForMember(context, view)).toEqual([]);
      }
    }
    expect(await getEventForAdmin(owner, event.id)).toBeNull();
    expect(await registrantsForCheckIn(owner, event.id, "")).toBeNull();
    expect(await attendeeRows(owner, event.id, String, String)).toBeNull();
  });

  it("keeps staff tools from the company's own alumni, and drafts from everyone but staff", async () => {
    const { a, event, attendee, registration } = await companyWithEvent();
    caller.userId = attendee.user.id;
    expect(await outcomeOf(checkInAction(null, { tenant: a.slug, eventId: event.id, registrationId: registration.id, attended: "true" }))).toBe("404");
    expect(await outcomeOf(setEventStatusAction(null, { tenant: a.slug, eventId: event.id, status: "CANCELLED" }))).toBe("404");
    expect((await exportRoute(request("/"), routeParams(a.slug, event.id))).status).toBe(404);
    // A calendar file is for someone holding a seat: the attendee gets it.
    expect((await calendarRoute(request("/"), routeParams(a.slug, event.id))).status).toBe(200);

    const draft = await createEvent(a.id, { status: "DRAFT", title: "準備中の会" });
    const { user: hr } = await createMember(a.id, "HR");
    const staff = (await resolveTenantContext(a.slug, hr.id)) as TenantContext;
    expect(await getEventForMember(attendee.context, draft.id)).toBeNull();
    expect((await listEventsForMember(attendee.context, "upcoming")).map((e) => e.title)).not.toContain("準備中の会");
    expect(await getEventForMember(staff, draft.id)).not.toBeNull();
    expect(await outcomeOf(rsvpAction(null, { tenant: a.slug, eventId: draft.id, response: "GOING" }))).toBe("404");
  });
});
