import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { attemptDelivery, type AttemptResult } from "./deliver";
import { TEST_EVENT, type WebhookPayload } from "./events";
import { insertDelivery, RETRY } from "./emit";
import type { EndpointInput } from "./schema";
import { newWebhookSecret, openSecret, sealSecret } from "./secret";
import { inTransaction, jobQueue } from "@/lib/jobs/boss";
import { QUEUES, type DeliverWebhookJob } from "@/lib/jobs/queues";

// A company's endpoints, changed by its admins (settings.manage); every lookup is by id and company, so another
// company's id finds nothing (null → 404). Each change is in the audit log.

const LIST_SELECT = { id: true, url: true, description: true, events: true, enabled: true, disabledAt: true, disabledReason: true, failureStreak: true, createdAt: true } as const;

export async function listEndpoints(context: TenantContext) {
  return db.webhookEndpoint.findMany({ where: { tenantId: context.tenant.id }, orderBy: { createdAt: "asc" }, select: LIST_SELECT });
}

/** One endpoint with its secret in the clear (the admin copies it into the receiver) and its newest deliveries. */
export async function getEndpoint(context: TenantContext, endpointId: string) {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { tenantId: context.tenant.id, id: endpointId }, select: { ...LIST_SELECT, secretCipher: true } });
  if (!endpoint) {
    return null;
  }
  const deliveries = await db.outgoingWebhookDelivery.findMany({
    where: { tenantId: context.tenant.id, endpointId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, eventType: true, status: true, attempts: true, responseStatus: true, lastError: true, responseExcerpt: true, durationMs: true, createdAt: true, lastAttemptAt: true, nextAttemptAt: true },
  });
  const { secretCipher, ...rest } = endpoint;
  return { ...rest, secret: openSecret(secretCipher), deliveries };
}

export async function createEndpoint(context: TenantContext, input: EndpointInput): Promise<string> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({
      data: { tenantId, url: input.url, description: input.description, events: input.events, secretCipher: sealSecret(newWebhookSecret()), createdById: context.membership.id },
      select: { id: true },
    });
    await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "webhook.create", details: { endpointId: endpoint.id, url: input.url, events: input.events } }]);
    return endpoint.id;
  });
}

export async function updateEndpoint(context: TenantContext, endpointId: string, input: EndpointInput): Promise<boolean> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({ where: { tenantId, id: endpointId }, data: { url: input.url, description: input.description, events: input.events } });
    if (count) {
      await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "webhook.update", details: { endpointId, url: input.url, events: input.events } }]);
    }
    return count > 0;
  });
}

/** Turning an endpoint back on clears its failure streak; turning it off stops its pending deliveries' retries. */
export async function setEndpointEnabled(context: TenantContext, endpointId: string, enabled: boolean): Promise<boolean> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { tenantId, id: endpointId },
      data: enabled ? { enabled: true, disabledAt: null, disabledReason: null, failureStreak: 0 } : { enabled: false, disabledAt: new Date(), disabledReason: "manual" },
    });
    if (count) {
      await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: enabled ? "webhook.enable" : "webhook.disable", details: { endpointId } }]);
    }
    return count > 0;
  });
}

/** A new secret at once: deliveries from now on (retries included) are signed with it. */
export async function rotateSecret(context: TenantContext, endpointId: string): Promise<boolean> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({ where: { tenantId, id: endpointId }, data: { secretCipher: sealSecret(newWebhookSecret()) } });
    if (count) {
      await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "webhook.rotateSecret", details: { endpointId } }]);
    }
    return count > 0;
  });
}

/** Deletes the endpoint and its delivery history (queued jobs then find nothing and end). */
export async function deleteEndpoint(context: TenantContext, endpointId: string): Promise<boolean> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findFirst({ where: { tenantId, id: endpointId }, select: { url: true } });
    if (!endpoint) {
      return false;
    }
    await tx.webhookEndpoint.delete({ where: { tenantId_id: { tenantId, id: endpointId } } });
    await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "webhook.delete", details: { endpointId, url: endpoint.url } }]);
    return true;
  });
}

/** "Send test": a `webhook.test` event to this endpoint now, one attempt, whose result the page shows at once. */
export async function sendTestEvent(context: TenantContext, endpointId: string): Promise<AttemptResult | null> {
  const tenantId = context.tenant.id;
  const endpoint = await db.webhookEndpoint.findFirst({ where: { tenantId, id: endpointId }, select: { id: true } });
  if (!endpoint) {
    return null;
  }
  const payload: WebhookPayload = {
    id: `evt_${randomUUID()}`,
    type: TEST_EVENT,
    timestamp: new Date().toISOString(),
    tenant: { id: tenantId, slug: context.tenant.slug },
    data: { message: "Kizuna webhook test" },
  };
  const deliveryId = await db.$transaction((tx) => insertDelivery(tx, tenantId, endpoint.id, payload));
  return attemptDelivery(tenantId, deliveryId, { retry: false });
}

/**
 * Sends a delivery's event again as a new delivery (its own webhook-id and attempts; the payload and its event id
 * are the same, so a receiver that keeps event ids can tell). The original keeps its record.
 */
export async function redeliver(context: TenantContext, deliveryId: string): Promise<boolean> {
  const tenantId = context.tenant.id;
  const original = await db.outgoingWebhookDelivery.findFirst({ where: { tenantId, id: deliveryId }, select: { endpointId: true, eventId: true, eventType: true, payload: true } });
  if (!original) {
    return false;
  }
  const boss = await jobQueue();
  await db.$transaction(async (tx) => {
    const payload = { ...(original.payload as object), id: original.eventId, type: original.eventType } as WebhookPayload;
    const id = await insertDelivery(tx, tenantId, original.endpointId, payload);
    await boss.send(QUEUES.deliverWebhook, { tenantId, deliveryId: id } satisfies DeliverWebhookJob, { ...RETRY, db: inTransaction(tx) });
    await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "webhook.redeliver", details: { endpointId: original.endpointId, deliveryId } }]);
  });
  return true;
}
