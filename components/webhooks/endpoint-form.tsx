"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import type { ActionResult } from "@/lib/actions/result";
import { createWebhookEndpointAction, updateWebhookEndpointAction } from "@/lib/actions/webhooks";
import { WEBHOOK_EVENTS } from "@/lib/webhooks-out/events";

type Endpoint = { id: string; url: string; description: string | null; events: string[] };

/** Adds an endpoint (then opens its page, where the secret is) or edits one: its URL, a note, and its events. */
export function EndpointForm({ tenant, endpoint }: { tenant: string; endpoint?: Endpoint }) {
  const t = useTranslations("webhooks");
  const router = useRouter();
  const [state, action, pending] = useActionState<ActionResult<unknown> | null, FormData>(endpoint ? updateWebhookEndpointAction : createWebhookEndpointAction, null);
  const failed = state && !state.ok ? state : null;
  useEffect(() => {
    if (state?.ok && !endpoint && typeof state.data === "string") {
      router.push(`/${tenant}/admin/settings/webhooks/${state.data}`);
    }
  }, [state, router, tenant, endpoint]);
  const chosen = new Set(endpoint?.events ?? []);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      {endpoint ? <input type="hidden" name="endpointId" value={endpoint.id} /> : null}
      <FormAlert message={failed?.error} />
      <Field
        label={t("form.url")}
        name="url"
        type="url"
        required
        maxLength={2000}
        placeholder="https://hr.example.co.jp/kizuna/webhooks"
        defaultValue={failed?.values?.url ?? endpoint?.url ?? ""}
        hint={t("form.urlHint")}
        error={failed?.fieldErrors?.url}
      />
      <Field label={t("form.description")} name="description" maxLength={200} defaultValue={failed?.values?.description ?? endpoint?.description ?? ""} error={failed?.fieldErrors?.description} />
      <fieldset className="flex flex-col gap-2" aria-describedby={failed?.fieldErrors?.events ? "webhook-events-error" : undefined}>
        <legend className="text-sm font-medium text-stone-800">{t("form.events")}</legend>
        {WEBHOOK_EVENTS.map((event) => (
          <label key={event} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="events" value={event} defaultChecked={chosen.has(event)} className="mt-1" />
            <span>
              <code className="font-mono text-stone-900">{event}</code>
              <span className="block text-stone-600">{t(`events.${event.replace(".", "_")}`)}</span>
            </span>
          </label>
        ))}
        {failed?.fieldErrors?.events ? <p id="webhook-events-error" role="alert" className="text-sm text-red-700">{failed.fieldErrors.events}</p> : null}
      </fieldset>
      <FormAlert tone="success" message={state?.ok && endpoint ? state.message : undefined} />
      <div>
        <Button type="submit" disabled={pending}>{endpoint ? t("form.save") : t("form.add")}</Button>
      </div>
    </form>
  );
}
