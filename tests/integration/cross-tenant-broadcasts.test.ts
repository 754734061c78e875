import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  addCategoryAction,
  countRecipientsAction,
  deleteBroadcastAction,
  markAnnouncementsReadAction,
  renameCategoryAction,
  saveBroadcastAction,
  setHrMaySendAction,
  unscheduleBroadcastAction,
} from "@/lib/actions/broadcasts";
import { openAnnouncement } from "@/lib/broadcasts/announcements";
import { db } from "@/lib/db";
import { caller, outcomeOf } from "../support/action-caller";
import { alumnusContext } from "../support/events";
import { createMember, createTenant } from "../support/factories";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

beforeEach(() => {
  caller.userId = null;
});

describe("announcements across tenants and roles", () => {
  it("answers 404 to another company's owner, to an alumnus (for staff actions) and to a visitor", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const { user: ownerOfB } = await createMember(b.id, "OWNER");
    const { user: alumnusOfA } = await createMember(a.id, "ALUMNI");
    const draft = await db.broadcast.create({ data: { tenantId: a.id, category: "news", subjectJa: "x", bodyJa: "y" } });
    const staffCalls = [
      () => saveBroadcastAction(null, { tenant: a.slug, id: draft.id, category: "news", subjectJa: "乗っ取り", bodyJa: "z", audience: "EVERYONE", intent: "send" }),
      () => countRecipientsAction(null, { tenant: a.slug, category: "news", audience: "EVERYONE" }),
      () => unscheduleBroadcastAction(null, { tenant: a.slug, id: draft.id }),
      () => deleteBroadcastAction(null, { tenant: a.slug, id: draft.id }),
      () => addCategoryAction(null, { tenant: a.slug, key: "spam", nameJa: "x", nameEn: "x" }),
      () => renameCategoryAction(null, { tenant: a.slug, key: "spam", nameJa: "x", nameEn: "x" }),
      () => setHrMaySendAction(null, { tenant: a.slug, allowed: "yes" }),
    ];
    for (const who of [null, ownerOfB.id, alumnusOfA.id]) {
      caller.userId = who;
      for (const call of staffCalls) {
        expect(await outcomeOf(call())).toBe("404");
      }
    }
    caller.userId = ownerOfB.id;
    expect(await outcomeOf(markAnnouncementsReadAction(null, { tenant: a.slug }))).toBe("404");
    expect(await db.broadcast.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "DRAFT", subjectJa: "x" });
    expect(await db.broadcastCategory.count()).toBe(0);
    expect(await db.tenant.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ hrGrants: [], brandColor: null });
  });

  it("does not let a company's admin reach another company's announcement by its id", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const { user: adminOfB } = await createMember(b.id, "ADMIN");
    await alumnusContext(b);
    const ofA = await db.broadcast.create({ data: { tenantId: a.id, category: "news", subjectJa: "A社", bodyJa: "本文", status: "SCHEDULED", scheduledAt: new Date(Date.now() + 86_400_000) } });
    caller.userId = adminOfB.id;
    expect(await saveBroadcastAction(null, { tenant: b.slug, id: ofA.id, category: "news", subjectJa: "B社", bodyJa: "z", audience: "EVERYONE", intent: "send" })).toMatchObject({ ok: false });
    expect(await unscheduleBroadcastAction(null, { tenant: b.slug, id: ofA.id })).toMatchObject({ ok: false });
    expect(await db.broadcast.findUniqueOrThrow({ where: { id: ofA.id } })).toMatchObject({ status: "SCHEDULED", subjectJa: "A社" });
    // A member of B opening A's announcement id finds nothing, even if a row for someone in A exists.
    const readerOfA = await alumnusContext(a);
    await db.broadcastDelivery.create({ data: { tenantId: a.id, broadcastId: ofA.id, membershipId: readerOfA.membership.id, channel: "PORTAL", status: "SENT", locale: "ja" } });
    const readerOfB = await alumnusContext(b);
    expect(await openAnnouncement(readerOfB.context, ofA.id)).toBeNull();
  });
});
