import { createFormatter } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import EndpointPage from "@/app/[tenant]/admin/settings/webhooks/[id]/page";
import WebhooksPage from "@/app/[tenant]/admin/settings/webhooks/page";
import { createWebhookEndpointAction, deleteWebhookEndpointAction, redeliverWebhookAction, rotateWebhookSecretAction, sendTestWebhookAction, setWebhookEndpointEnabledAction, updateWebhookEndpointAction } from "@/lib/actions/webhooks";
import { db } from "@/lib/db";
import { caller, outcomeOf } from "../support/action-caller";
import { createMember, createTenant } from "../support/factories";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => ({
  ...(await import("../support/action-caller")).intlModule,
  getFormatter: async () => createFormatter({ locale: "ja", timeZone: "Asia/Tokyo" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/activity/record", () => ({ recordActivity: () => undefined }));

beforeEach(() => {
  caller.userId = null;
});

describe("outgoing webhooks across companies and roles", () => {
  it("keeps a company's endpoints, their pages and actions to its own admins: every other id or person gets 404", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const [adminA, hrA, ownerB] = [await createMember(a.id, "ADMIN"), await createMember(a.id, "HR"), await createMember(b.id, "OWNER")];
    caller.userId = adminA.user.id;
    const created = await createWebhookEndpointAction(null, { tenant: a.slug, url: "https://hr.example.co.jp/kizuna/webhooks", events: ["member.joined", "rsvp.created"] });
    expect(created).toMatchObject({ ok: true });
    const endpointId = (created as { data: string }).data;
    const endpoint = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    expect(endpoint).toMatchObject({ tenantId: a.id, events: ["member.joined", "rsvp.created"], enabled: true });
    const delivery = await db.outgoingWebhookDelivery.create({ data: { id: "msg_cross_tenant", tenantId: a.id, endpointId, eventType: "member.joined", eventId: "evt_x", payload: { type: "member.joined" }, status: "FAILED", attempts: 8, responseStatus: 500 } });
    expect(await db.auditEvent.count({ where: { tenantId: a.id, action: "webhook.create" } })).toBe(1);

    // Errors beside the fields, translated: http, a private address, no events.
    expect(await createWebhookEndpointAction(null, { tenant: a.slug, url: "http://hr.example.co.jp/hook" })).toMatchObject({ ok: false, fieldErrors: { url: expect.stringContaining("https://"), events: expect.stringContaining("イベント") } });
    expect(await createWebhookEndpointAction(null, { tenant: a.slug, url: "https://192.168.1.10/hook", events: "member.left" })).toMatchObject({ ok: false, fieldErrors: { url: expect.stringContaining("プライベートネットワーク") } });

    const params = (tenant: string, id = endpointId) => ({ params: Promise.resolve({ tenant, id }) });
    expect(await outcomeOf(WebhooksPage(params(a.slug)))).toBe("ran");
    expect(await outcomeOf(EndpointPage(params(a.slug)))).toBe("ran");

    const attempts = (tenant: string) => [
      () => EndpointPage(params(tenant)),
      () => updateWebhookEndpointAction(null, { tenant, endpointId, url: "https://attacker.example/hook", events: ["member.left"] }),
      () => setWebhookEndpointEnabledAction(null, { tenant, endpointId, enabled: "off" }),
      () => rotateWebhookSecretAction(null, { tenant, endpointId }),
      () => sendTestWebhookAction(null, { tenant, endpointId }),
      () => redeliverWebhookAction(null, { tenant, deliveryId: delivery.id }),
      () => deleteWebhookEndpointAction(null, { tenant, endpointId }),
    ];
    // B's owner, in B with A's ids; and A's HR (no settings.manage) in A.
    caller.userId = ownerB.user.id;
    for (const attempt of attempts(b.slug)) {
      expect(await outcomeOf(attempt())).toBe("404");
    }
    caller.userId = hrA.user.id;
    expect(await outcomeOf(WebhooksPage(params(a.slug)))).toBe("404");
    for (const attempt of attempts(a.slug)) {
      expect(await outcomeOf(attempt())).toBe("404");
    }
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).toMatchObject({ url: endpoint.url, secretCipher: endpoint.secretCipher, enabled: true });
    expect(await db.outgoingWebhookDelivery.count({ where: { endpointId } })).toBe(1);

    // A's admin may do each of them.
    caller.userId = adminA.user.id;
    expect(await setWebhookEndpointEnabledAction(null, { tenant: a.slug, endpointId, enabled: "off" })).toMatchObject({ ok: true });
    expect(await rotateWebhookSecretAction(null, { tenant: a.slug, endpointId })).toMatchObject({ ok: true });
    expect(await redeliverWebhookAction(null, { tenant: a.slug, deliveryId: delivery.id })).toMatchObject({ ok: true });
    expect(await db.outgoingWebhookDelivery.count({ where: { endpointId } })).toBe(2);
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).secretCipher).not.toBe(endpoint.secretCipher);
    expect(await deleteWebhookEndpointAction(null, { tenant: a.slug, endpointId })).toMatchObject({ ok: true });
    expect(await db.outgoingWebhookDelivery.count({ where: { endpointId } })).toBe(0);
    expect((await db.auditEvent.findMany({ where: { tenantId: a.id, action: { startsWith: "webhook." } }, orderBy: { createdAt: "asc" } })).map((e) => e.action)).toEqual(["webhook.create", "webhook.disable", "webhook.rotateSecret", "webhook.redeliver", "webhook.delete"]);
  });
});
