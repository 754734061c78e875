import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inTransaction, jobQueue } from "@/lib/jobs/boss";
import { QUEUES, type DeliverWebhookJob } from "@/lib/jobs/queues";
import type { WebhookEventType, WebhookPayload } from "./events";

// 8 attempts: at once, then after about 5, 10, 20, 40, 80, 160 and 320 minutes (pg-boss doubles the delay and adds
// up to as much again at random), so a receiver that is down for most of a day still gets the event.
export const MAX_ATTEMPTS = 8;
export const RETRY = { retryLimit: MAX_ATTEMPTS - 1, retryDelay: 300, retryBackoff: true, expireInSeconds: 60 } as const;

/**
 * The outbox of outgoing webhooks (decisions/029): in the transaction that makes the event, one delivery row per
 * enabled endpoint of the company subscribed to it, and its job, so both exist exactly when the change commits.
 * `data` is built only when someone listens, so the common case (no endpoints) costs one indexed query.
 */
export async function emitWebhookEvent(tx: Tx, tenantId: string, type: WebhookEventType, data: () => Promise<Record<string, unknown>>): Promise<void> {
  const endpoints = await tx.webhookEndpoint.findMany({ where: { tenantId, enabled: true, events: { has: type } }, select: { id: true } });
  if (endpoints.length === 0) {
    return;
  }
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { slug: true } });
  const payload: WebhookPayload = { id: `evt_${randomUUID()}`, type, timestamp: new Date().toISOString(), tenant: { id: tenantId, slug: tenant.slug }, data: await data() };
  const boss = await jobQueue();
  for (const endpoint of endpoints) {
    const id = await insertDelivery(tx, tenantId, endpoint.id, payload);
    await boss.send(QUEUES.deliverWebhook, { tenantId, deliveryId: id } satisfies DeliverWebhookJob, { ...RETRY, db: inTransaction(tx) });
  }
}

/** One delivery row; its id is the `webhook-id` header of every attempt. */
export async function insertDelivery(tx: Tx, tenantId: string, endpointId: string, payload: WebhookPayload): Promise<string> {
  const id = `msg_${randomUUID().replace(/-/g, "")}`;
  await tx.outgoingWebhookDelivery.create({
    data: { id, tenantId, endpointId, eventType: payload.type, eventId: payload.id, payload: payload as unknown as Prisma.InputJsonObject, nextAttemptAt: new Date() },
  });
  return id;
}
