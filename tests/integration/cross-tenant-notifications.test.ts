import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as openRoute } from "@/app/[tenant]/(portal)/notifications/[id]/route";
import { markAllNotificationsReadAction } from "@/lib/actions/notifications";
import { db } from "@/lib/db";
import { listNotifications, openNotification, unreadNotifications } from "@/lib/notifications/read";
import { caller, outcomeOf } from "../support/action-caller";
import { alumnusContext } from "../support/events";
import { createMember, createTenant } from "../support/factories";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

beforeEach(() => {
  caller.userId = null;
});

function open(as: string | null, tenant: string, id: string) {
  caller.userId = as;
  return openRoute(new Request(`http://localhost/${tenant}/notifications/${id}`), { params: Promise.resolve({ tenant, id }) });
}

describe("notifications across tenants", () => {
  it("gives another company's members, another member of the same company and signed-out callers a 404 and nothing else", { timeout: 60_000 }, async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const alumna = await alumnusContext(a, "A社 花子");
    const hrA = await createMember(a.id, "HR");
    const notification = await db.notification.create({
      data: { tenantId: a.id, recipientId: alumna.membership.id, kind: "COMPANY_REPLY", actorId: hrA.membership.id, refId: "c1", path: `/${a.slug}/messages/c1`, excerpt: "秘密の返信", openKey: "COMPANY_REPLY:c1" },
    });
    const ownerOfB = await createMember(b.id, "OWNER");
    const alumnusOfB = await alumnusContext(b);
    const neighbour = await alumnusContext(a, "A社 隣人");

    for (const who of [null, ownerOfB.user.id, alumnusOfB.user.id, neighbour.user.id, hrA.user.id]) {
      for (const tenant of [a.slug, b.slug]) {
        const response = await open(who, tenant, notification.id);
        expect(`${who} ${tenant}: ${response.status}`).toBe(`${who} ${tenant}: 404`);
      }
    }
    for (const who of [null, ownerOfB.user.id, alumnusOfB.user.id]) {
      caller.userId = who;
      expect(await outcomeOf(markAllNotificationsReadAction(null, { tenant: a.slug }))).toBe("404");
    }
    // Their own lists and "mark all read" never reach her line.
    expect(await openNotification(alumnusOfB.context, notification.id)).toBeNull();
    expect(await openNotification(neighbour.context, notification.id)).toBeNull();
    expect(await listNotifications(alumnusOfB.context)).toEqual([]);
    caller.userId = neighbour.user.id;
    await markAllNotificationsReadAction(null, { tenant: a.slug });
    expect(await unreadNotifications(a.id, alumna.membership.id)).toBe(1);

    // She opens it: read, and sent where it points.
    const response = await open(alumna.user.id, a.slug, notification.id);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`http://localhost/${a.slug}/messages/c1`);
    expect(await unreadNotifications(a.id, alumna.membership.id)).toBe(0);
  });
});
