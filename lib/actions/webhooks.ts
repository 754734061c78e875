"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { createEndpoint, deleteEndpoint, redeliver, rotateSecret, sendTestEvent, setEndpointEnabled, updateEndpoint } from "@/lib/webhooks-out/endpoints";
import { deliveryIdSchema, endpointEnabledSchema, endpointIdSchema, endpointSchema, type EndpointInput } from "@/lib/webhooks-out/schema";
import { webhookUrlProblem } from "@/lib/webhooks-out/url";
import type { ActionResult } from "./result";
import { tenantAction } from "./clients";

const t = () => getTranslations("webhooks");

function revalidateWebhooks(context: TenantContext, endpointId?: string) {
  revalidatePath(`/${context.tenant.slug}/admin/settings/webhooks`);
  if (endpointId) {
    revalidatePath(`/${context.tenant.slug}/admin/settings/webhooks/${endpointId}`);
  }
}

/** The URL's and the events' problems, translated, beside their fields; null when the endpoint may be saved. */
async function problemsOf(input: EndpointInput): Promise<Extract<ActionResult, { ok: false }> | null> {
  const tw = await t();
  const fieldErrors: Record<string, string> = {};
  const problem = webhookUrlProblem(input.url);
  if (problem) {
    fieldErrors.url = tw(`errors.${problem}`);
  }
  if (input.events.length === 0) {
    fieldErrors.events = tw("errors.noEvents");
  }
  return Object.keys(fieldErrors).length ? { ok: false, fieldErrors, values: { url: input.url, description: input.description ?? "" } } : null;
}

/** Adds an endpoint with a new signing secret; the admin lands on its page to copy the secret. */
export const createWebhookEndpointAction = tenantAction("settings.manage", endpointSchema, async (input, context) => {
  const problems = await problemsOf(input);
  if (problems) {
    return problems;
  }
  const id = await createEndpoint(context, input);
  revalidateWebhooks(context);
  return { ok: true, data: id, message: (await t())("created") };
});

export const updateWebhookEndpointAction = tenantAction("settings.manage", endpointSchema.extend(endpointIdSchema.shape), async ({ endpointId, ...input }, context) => {
  const problems = await problemsOf(input);
  if (problems) {
    return problems;
  }
  if (!(await updateEndpoint(context, endpointId, input))) {
    notFound();
  }
  revalidateWebhooks(context, endpointId);
  return { ok: true, data: undefined, message: (await t())("saved") };
});

export const setWebhookEndpointEnabledAction = tenantAction("settings.manage", endpointEnabledSchema, async ({ endpointId, enabled }, context) => {
  if (!(await setEndpointEnabled(context, endpointId, enabled))) {
    notFound();
  }
  revalidateWebhooks(context, endpointId);
  return { ok: true, data: undefined, message: (await t())(enabled ? "enabledNow" : "disabledNow") };
});

export const rotateWebhookSecretAction = tenantAction("settings.manage", endpointIdSchema, async ({ endpointId }, context) => {
  if (!(await rotateSecret(context, endpointId))) {
    notFound();
  }
  revalidateWebhooks(context, endpointId);
  return { ok: true, data: undefined, message: (await t())("rotated") };
});

export const deleteWebhookEndpointAction = tenantAction("settings.manage", endpointIdSchema, async ({ endpointId }, context) => {
  if (!(await deleteEndpoint(context, endpointId))) {
    notFound();
  }
  revalidateWebhooks(context);
  return { ok: true, data: undefined, message: (await t())("deleted") };
});

/** Sends a `webhook.test` event now and says how the receiver answered. */
export const sendTestWebhookAction = tenantAction("settings.manage", endpointIdSchema, async ({ endpointId }, context) => {
  const result = await sendTestEvent(context, endpointId);
  if (!result) {
    notFound();
  }
  revalidateWebhooks(context, endpointId);
  const tw = await t();
  if (result.status === "SUCCEEDED") {
    return { ok: true, data: undefined, message: tw("test.succeeded", { status: result.responseStatus ?? 0 }) };
  }
  return { ok: false, error: result.responseStatus ? tw("test.failedStatus", { status: result.responseStatus }) : tw("test.failedError", { error: result.error ?? "—" }) };
});

/** Sends a delivery's event again, as a new delivery with its own retries. */
export const redeliverWebhookAction = tenantAction("settings.manage", deliveryIdSchema, async ({ deliveryId }, context) => {
  if (!(await redeliver(context, deliveryId))) {
    notFound();
  }
  revalidateWebhooks(context);
  return { ok: true, data: undefined, message: (await t())("redelivered") };
});
