import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveEventAction } from "@/lib/actions/events";
import { db } from "@/lib/db";
import { respondToEvent } from "@/lib/events/rsvp";
import { caller } from "../support/action-caller";
import { alumnusContext, createEvent, queuedNotices } from "../support/events";
import { createMember, createTenant } from "../support/factories";
import { fileOf, jpegWithGps } from "../support/images";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const redirected = vi.hoisted(() => ({ to: "" }));
vi.mock("next/navigation", async (original) => ({
  ...(await original<object>()),
  redirect: (to: string) => {
    redirected.to = to;
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT" });
  },
}));

beforeEach(() => {
  caller.userId = null;
});

function eventForm(tenant: string, fields: Record<string, string | File>) {
  const form = new FormData();
  form.set("tenant", tenant);
  for (const [key, value] of Object.entries({ title: "秋の交流会", format: "VENUE", venueName: "本社", venueAddress: "東京都渋谷区", startsAt: "2030-10-01T19:00", endsAt: "2030-10-01T21:00", ...fields })) {
    form.set(key, value);
  }
  return form;
}

describe("creating and editing events", () => {
  it("creates a draft in the company's timezone with a cover stripped of its EXIF, and a duplicate keeps the cover", async () => {
    const tenant = await createTenant();
    const { user } = await createMember(tenant.id, "HR");
    caller.userId = user.id;
    const photo = fileOf(await jpegWithGps(1600, 1000), "cover.jpg", "image/jpeg");
    await expect(saveEventAction(null, eventForm(tenant.slug, { cover: photo, capacity: "30", q1: "食事の制限", q1Required: "on" }))).rejects.toThrow("NEXT_REDIRECT");
    const event = await db.event.findFirstOrThrow({ where: { tenantId: tenant.id }, include: { cover: true } });
    expect(redirected.to).toBe(`/${tenant.slug}/admin/events/${event.id}?created=1`);
    expect(event).toMatchObject({ status: "DRAFT", capacity: 30, startsAt: new Date("2030-10-01T10:00:00Z"), timezone: "Asia/Tokyo", questions: [{ id: "q1", label: "食事の制限", required: true }] });
    const meta = await sharp(event.cover!.image).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 1200, height: 630 });
    expect(meta.exif).toBeUndefined();

    await expect(saveEventAction(null, eventForm(tenant.slug, { title: "秋の交流会（2回目）", copyCoverFrom: event.id }))).rejects.toThrow("NEXT_REDIRECT");
    const copy = await db.event.findFirstOrThrow({ where: { tenantId: tenant.id, title: "秋の交流会（2回目）" }, include: { cover: true } });
    expect(copy.cover!.version).toBe(event.cover!.version);
  });

  it("shows translated errors beside the fields and changes nothing", async () => {
    const tenant = await createTenant();
    const { user } = await createMember(tenant.id, "HR");
    caller.userId = user.id;
    const result = await saveEventAction(null, eventForm(tenant.slug, { format: "ONLINE", endsAt: "2030-10-01T18:00", capacity: "0", cover: fileOf("not an image", "x.png", "image/png") }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        joinUrl: "オンラインのイベントには参加用URLが必要です。",
        endsAt: "終了は開始より後にしてください。",
        capacity: "1以上の整数を入力するか、空欄にしてください。",
      },
    });
    expect(await db.event.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("gives new seats to the waiting line when HR raises the capacity", async () => {
    const tenant = await createTenant();
    const { user } = await createMember(tenant.id, "HR");
    const event = await createEvent(tenant.id, { capacity: 1 });
    const [a, b] = [await alumnusContext(tenant), await alumnusContext(tenant)];
    for (const person of [a, b]) {
      await respondToEvent(person.context, event.id, { response: "GOING", guests: 0, answers: {} });
    }
    caller.userId = user.id;
    const startsAt = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo", dateStyle: "short", timeStyle: "short" }).format(event.startsAt).replace(" ", "T");
    const endsAt = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo", dateStyle: "short", timeStyle: "short" }).format(event.endsAt).replace(" ", "T");
    expect(await saveEventAction(null, eventForm(tenant.slug, { id: event.id, title: event.title, venueAddress: event.venueAddress!, startsAt, endsAt, capacity: "2" }))).toMatchObject({ ok: true, message: "保存しました。" });
    expect(await db.eventRegistration.count({ where: { eventId: event.id, status: "GOING" } })).toBe(2);
    expect((await queuedNotices(event.id, "promoted")).flatMap((j) => j.registrationIds)).toHaveLength(1);
    expect(await queuedNotices(event.id, "changed")).toEqual([]);
  });
});
