import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendEventNotices } from "@/lib/events/notices";
import { cancelRegistration, respondToEvent } from "@/lib/events/rsvp";
import { fillFreedSeats } from "@/lib/events/waitlist-sweep";
import { leaveNetwork } from "@/lib/account/delete-account";
import { createTenant } from "../support/factories";
import { alumnusContext, createEvent, queuedNotices } from "../support/events";

process.env.AUTH_URL = "http://localhost:3000";

const going = { response: "GOING" as const, guests: 0, answers: {} };

describe("RSVP, capacity and the waiting list", () => {
  it("gives 5 seats to exactly 5 of 20 people answering at the same moment; the other 15 wait in line", async () => {
    const tenant = await createTenant();
    const event = await createEvent(tenant.id, { capacity: 5 });
    const people = await Promise.all(Array.from({ length: 20 }, (_, i) => alumnusContext(tenant, `参加者 ${i}`)));

    const outcomes = await Promise.all(people.map((p) => respondToEvent(p.context, event.id, going)));

    expect(outcomes.filter((o) => o?.ok && o.status === "GOING")).toHaveLength(5);
    expect(outcomes.filter((o) => o?.ok && o.status === "WAITLISTED")).toHaveLength(15);
    expect(await db.eventRegistration.count({ where: { tenantId: tenant.id, eventId: event.id, status: "GOING" } })).toBe(5);
    const line = await db.eventRegistration.findMany({ where: { tenantId: tenant.id, eventId: event.id, status: "WAITLISTED" }, select: { waitlistedAt: true } });
    expect(line.every((r) => r.waitlistedAt)).toBe(true);
    expect((await queuedNotices(event.id, "confirmed")).flatMap((j) => j.registrationIds)).toHaveLength(5);
    expect((await queuedNotices(event.id, "waitlisted")).flatMap((j) => j.registrationIds)).toHaveLength(15);
  });

  it("moves the first in line up when someone cancels, and mails them their seat with a calendar file", async () => {
    const tenant = await createTenant();
    const event = await createEvent(tenant.id, { capacity: 2, title: "新年会 2027" });
    const [a, b, c] = [await alumnusContext(tenant, "一番 さん"), await alumnusContext(tenant, "二番 さん"), await alumnusContext(tenant, "三番 さん")];
    expect(await respondToEvent(a.context, event.id, going)).toEqual({ ok: true, status: "GOING" });
    expect(await respondToEvent(b.context, event.id, going)).toEqual({ ok: true, status: "GOING" });
    expect(await respondToEvent(c.context, event.id, going)).toEqual({ ok: true, status: "WAITLISTED" });

    expect(await cancelRegistration(a.context, event.id)).toEqual({ ok: true, status: "CANCELLED" });

    const registration = await db.eventRegistration.findFirstOrThrow({ where: { tenantId: tenant.id, eventId: event.id, membershipId: c.membership.id } });
    expect(registration.status).toBe("GOING");
    const [job] = await queuedNotices(event.id, "promoted");
    expect(job!.registrationIds).toEqual([registration.id]);
    expect(await sendEventNotices(job!)).toBe(1);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { tenantId: tenant.id, tag: "event-promoted" } });
    expect(mail.to).toBe(c.user.email);
    expect(mail.subject).toBe("【参加確定】キャンセル待ちから繰り上がりました：新年会 2027");
    const [ics] = mail.attachments as { filename: string; contentType: string; base64: string }[];
    const calendar = Buffer.from(ics!.base64, "base64").toString("utf8");
    expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(calendar).toContain(`UID:${event.id}@kizuna`);
    expect(calendar).toContain(`DTSTART:${event.startsAt.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`);
    expect(calendar).toContain("SUMMARY:新年会 2027");
    expect(mail.html).toContain("calendar.google.com");
    expect(mail.html).toContain("outlook.live.com");
  });

  it("counts guests as seats and keeps a seat when more guests do not fit", async () => {
    const tenant = await createTenant();
    const event = await createEvent(tenant.id, { capacity: 2, maxGuests: 2 });
    const [a, b] = [await alumnusContext(tenant), await alumnusContext(tenant)];
    expect(await respondToEvent(a.context, event.id, { ...going, guests: 3 })).toMatchObject({ ok: false, reason: "tooManyGuests" });
    expect(await respondToEvent(a.context, event.id, { ...going, guests: 1 })).toEqual({ ok: true, status: "GOING" });
    expect(await respondToEvent(b.context, event.id, { ...going, guests: 1 })).toEqual({ ok: true, status: "WAITLISTED" });
    expect(await respondToEvent(a.context, event.id, { ...going, guests: 2 })).toMatchObject({ ok: false, reason: "noRoomForGuests" });
    expect(await db.eventRegistration.findFirstOrThrow({ where: { tenantId: tenant.id, membershipId: a.membership.id } })).toMatchObject({ status: "GOING", guests: 1 });
    // A cannot come after all: both freed seats go to B's party of two.
    expect(await respondToEvent(a.context, event.id, { response: "NOT_GOING", guests: 0, answers: {} })).toEqual({ ok: true, status: "NOT_GOING" });
    expect(await db.eventRegistration.findFirstOrThrow({ where: { tenantId: tenant.id, membershipId: b.membership.id } })).toMatchObject({ status: "GOING", guests: 1 });
  });

  it("asks the event's required questions and refuses answers after the deadline or for a draft", async () => {
    const tenant = await createTenant();
    const event = await createEvent(tenant.id, { questions: [{ id: "q1", label: "食事の制限", required: true }] });
    const person = await alumnusContext(tenant);
    expect(await respondToEvent(person.context, event.id, going)).toEqual({ ok: false, reason: "answerRequired", field: "q1" });
    expect(await respondToEvent(person.context, event.id, { ...going, answers: { q1: "なし" } })).toEqual({ ok: true, status: "GOING" });
    expect((await db.eventRegistration.findFirstOrThrow({ where: { tenantId: tenant.id, membershipId: person.membership.id } })).answers).toEqual({ q1: "なし" });

    const past = await createEvent(tenant.id, { startsInHours: -1 });
    expect(await respondToEvent(person.context, past.id, going)).toEqual({ ok: false, reason: "deadline" });
    const draft = await createEvent(tenant.id, { status: "DRAFT" });
    expect(await respondToEvent(person.context, draft.id, going)).toBeNull();
  });

  it("answers null (404) for another company's event", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const event = await createEvent(a.id);
    const outsider = await alumnusContext(b);
    expect(await respondToEvent(outsider.context, event.id, going)).toBeNull();
    expect(await cancelRegistration(outsider.context, event.id)).toBeNull();
    expect(await db.eventRegistration.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("frees the seat of someone who leaves the network: the next answer or the sweep gives it to the line", async () => {
    const tenant = await createTenant();
    const event = await createEvent(tenant.id, { capacity: 1 });
    const [leaver, waiting] = [await alumnusContext(tenant), await alumnusContext(tenant)];
    await respondToEvent(leaver.context, event.id, going);
    expect(await respondToEvent(waiting.context, event.id, going)).toEqual({ ok: true, status: "WAITLISTED" });

    expect(await leaveNetwork(leaver.user.id, tenant.slug)).toBe(true);
    expect(await fillFreedSeats()).toBe(1);
    expect(await db.eventRegistration.findFirstOrThrow({ where: { tenantId: tenant.id, membershipId: waiting.membership.id } })).toMatchObject({ status: "GOING" });
    expect((await queuedNotices(event.id, "promoted")).flatMap((j) => j.registrationIds)).toHaveLength(1);
    expect(await fillFreedSeats()).toBe(0);
  });
});
