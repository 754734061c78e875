import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendEventNotices } from "@/lib/events/notices";
import { sendDueReminders } from "@/lib/events/reminders";
import { respondToEvent } from "@/lib/events/rsvp";
import { saveEvent, setEventStatus } from "@/lib/events/save-event";
import { eventFormSchema } from "@/lib/events/schema";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { toLocalDateTime } from "@/lib/time/zoned";
import { createMember, createTenant } from "../support/factories";
import { alumnusContext, createEvent, queuedNotices } from "../support/events";

process.env.AUTH_URL = "http://localhost:3000";

const going = { response: "GOING" as const, guests: 0, answers: {} };

describe("reminders and notices to registrants", () => {
  it("reminds each person holding a seat once, 24 hours ahead, even when the job runs twice at once and again", async () => {
    const tenant = await createTenant();
    const soon = await createEvent(tenant.id, { startsInHours: 20, capacity: 2, title: "ウェビナー" });
    const later = await createEvent(tenant.id, { startsInHours: 60 });
    const [a, b, c] = [await alumnusContext(tenant), await alumnusContext(tenant), await alumnusContext(tenant)];
    for (const person of [a, b, c]) {
      await respondToEvent(person.context, soon.id, going);
      await respondToEvent(person.context, later.id, going);
    }

    const runs = await Promise.all([sendDueReminders(), sendDueReminders()]);
    expect(runs[0]!.sent + runs[1]!.sent).toBe(2);
    expect(await sendDueReminders()).toEqual({ sent: 0, failed: 0 });

    const reminders = await db.outboxEmail.findMany({ where: { tenantId: tenant.id, tag: "event-reminder" }, orderBy: { to: "asc" } });
    expect(reminders.map((m) => m.to)).toEqual([a.user.email, b.user.email].sort());
    expect(reminders[0]!.subject).toBe("【リマインド】ウェビナー");
    // The one waiting in line is not reminded.
    expect(reminders.map((m) => m.to)).not.toContain(c.user.email);
  });

  it("does not remind someone who turned off event mail", async () => {
    const tenant = await createTenant();
    const event = await createEvent(tenant.id, { startsInHours: 3 });
    const person = await alumnusContext(tenant);
    await respondToEvent(person.context, event.id, going);
    await db.emailPreference.create({ data: { tenantId: tenant.id, membershipId: person.membership.id, category: "events", enabled: false } });
    expect(await sendDueReminders()).toEqual({ sent: 0, failed: 0 });
  });

  it("tells registrants and the waiting line when the time changes, and reminds again for the new time", async () => {
    const tenant = await createTenant();
    const { user } = await createMember(tenant.id, "HR");
    const hr = (await resolveTenantContext(tenant.slug, user.id)) as TenantContext;
    const event = await createEvent(tenant.id, { startsInHours: 10, capacity: 1 });
    const [a, b] = [await alumnusContext(tenant), await alumnusContext(tenant)];
    await respondToEvent(a.context, event.id, going);
    await respondToEvent(b.context, event.id, going);
    expect((await sendDueReminders()).sent).toBe(1);

    const startsAt = new Date(event.startsAt.getTime() + 3_600_000);
    const form = await eventFormSchema.parseAsync({
      id: event.id, title: event.title, format: "VENUE", venueAddress: event.venueAddress!,
      startsAt: toLocalDateTime(startsAt, "Asia/Tokyo"), endsAt: toLocalDateTime(new Date(startsAt.getTime() + 7_200_000), "Asia/Tokyo"), capacity: "1",
    });
    expect(await saveEvent(hr, form)).toEqual({ ok: true, id: event.id });

    const [changed] = await queuedNotices(event.id, "changed");
    expect(changed!.registrationIds).toHaveLength(2);
    expect(await sendEventNotices(changed!)).toBe(2);
    const mails = await db.outboxEmail.findMany({ where: { tenantId: tenant.id, tag: "event-changed" } });
    expect(mails.map((m) => m.to).sort()).toEqual([a.user.email, b.user.email].sort());
    // The one holding a seat gets the new time for their calendar; the one waiting has no seat to put there.
    expect(mails.find((m) => m.to === a.user.email)!.attachments).toHaveLength(1);
    expect(mails.find((m) => m.to === b.user.email)!.attachments).toBeNull();
    expect((await sendDueReminders()).sent).toBe(1);
  });

  it("mails everyone holding a seat or waiting when the event is cancelled, and nobody is reminded", async () => {
    const tenant = await createTenant();
    const { user } = await createMember(tenant.id, "ADMIN");
    const admin = (await resolveTenantContext(tenant.slug, user.id)) as TenantContext;
    const event = await createEvent(tenant.id, { startsInHours: 5, capacity: 1 });
    const [a, b, c] = [await alumnusContext(tenant), await alumnusContext(tenant), await alumnusContext(tenant)];
    await respondToEvent(a.context, event.id, going);
    await respondToEvent(b.context, event.id, going);
    await respondToEvent(c.context, event.id, { response: "NOT_GOING", guests: 0, answers: {} });

    expect(await setEventStatus(admin, event.id, "CANCELLED")).toBe(true);
    expect(await setEventStatus(admin, event.id, "PUBLISHED")).toBe(false);
    const [cancelled] = await queuedNotices(event.id, "cancelled");
    expect(await sendEventNotices(cancelled!)).toBe(2);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { tenantId: tenant.id, tag: "event-cancelled", to: a.user.email } });
    expect(mail.subject).toBe("【中止】アルムナイ交流会");
    expect(Buffer.from((mail.attachments as { base64: string }[])[0]!.base64, "base64").toString()).toContain("STATUS:CANCELLED");
    await sendDueReminders();
    expect(await db.outboxEmail.count({ where: { tenantId: tenant.id, tag: "event-reminder" } })).toBe(0);
  });
});
