import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { DeliveryStatus } from "@/components/webhooks/delivery-status";
import { EndpointControls } from "@/components/webhooks/endpoint-controls";
import { EndpointForm } from "@/components/webhooks/endpoint-form";
import { EndpointState } from "@/components/webhooks/endpoint-state";
import { RedeliverButton } from "@/components/webhooks/redeliver-button";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { getEndpoint } from "@/lib/webhooks-out/endpoints";

type Props = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "settings.manage");
  return { title: (await getTranslations("webhooks"))("title") };
}

/** One endpoint: its secret, "send test", on/off, and its newest deliveries with their answers. */
export default async function WebhookEndpointPage({ params }: Props) {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant, "settings.manage");
  const endpoint = await getEndpoint(context, id);
  if (!endpoint) {
    notFound();
  }
  const [t, format] = await Promise.all([getTranslations("webhooks"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" });
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div>
        <Link href={`/${context.tenant.slug}/admin/settings/webhooks`} className="text-sm text-brand-700 underline">{t("back")}</Link>
        <h1 className="mt-2 break-all text-2xl font-bold text-stone-900">{endpoint.url}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-stone-700">
          <EndpointState enabled={endpoint.enabled} reason={endpoint.disabledReason} />
          {endpoint.description}
        </p>
      </div>
      {!endpoint.enabled && endpoint.disabledReason === "failures" ? (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("disabledForFailures")}</p>
      ) : null}
      <Card>
        <EndpointControls tenant={context.tenant.slug} endpointId={endpoint.id} enabled={endpoint.enabled} />
      </Card>
      <Card>
        <h2 className="text-lg font-semibold text-stone-900">{t("secret.title")}</h2>
        <p className="mt-1 text-sm text-stone-700">{t("secret.hint")}</p>
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("secret.show")}</summary>
          <code className="mt-2 block break-all rounded bg-stone-100 p-2 font-mono text-sm" data-testid="webhook-secret">{endpoint.secret}</code>
        </details>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold text-stone-900">{t("deliveries.title")}</h2>
        {endpoint.deliveries.length === 0 ? (
          <p className="text-stone-600">{t("deliveries.empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] text-left text-sm">
              <thead className="whitespace-nowrap text-stone-600">
                <tr>
                  <th scope="col" className="py-2 pr-3">{t("deliveries.event")}</th>
                  <th scope="col" className="py-2 pr-3">{t("deliveries.statusHeading")}</th>
                  <th scope="col" className="py-2 pr-3">{t("deliveries.response")}</th>
                  <th scope="col" className="py-2 pr-3">{t("deliveries.attempts")}</th>
                  <th scope="col" className="py-2 pr-3">{t("deliveries.time")}</th>
                  <th scope="col" className="py-2"><span className="sr-only">{t("deliveries.redeliver")}</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {endpoint.deliveries.map((d) => (
                  <tr key={d.id} data-testid="webhook-delivery">
                    <td className="py-2 pr-3"><code className="font-mono">{d.eventType}</code></td>
                    <td className="py-2 pr-3"><DeliveryStatus status={d.status} /></td>
                    <td className="py-2 pr-3">
                      {d.responseStatus ?? "—"}
                      {d.lastError && d.status !== "SUCCEEDED" && d.lastError !== `HTTP ${d.responseStatus}` ? <span className="block max-w-xs truncate text-xs text-stone-600" title={d.lastError}>{d.lastError}</span> : null}
                      {d.durationMs !== null ? <span className="block text-xs text-stone-500">{t("deliveries.duration", { ms: d.durationMs })}</span> : null}
                    </td>
                    <td className="py-2 pr-3">{d.attempts}</td>
                    <td className="py-2 pr-3">
                      {when(d.lastAttemptAt ?? d.createdAt)}
                      {d.status === "PENDING" && d.nextAttemptAt ? <span className="block text-xs text-stone-600">{t("deliveries.next", { when: when(d.nextAttemptAt) })}</span> : null}
                    </td>
                    <td className="py-2">{d.eventType === "webhook.test" || !endpoint.enabled ? null : <RedeliverButton tenant={context.tenant.slug} deliveryId={d.id} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold text-stone-900">{t("edit")}</h2>
        <EndpointForm tenant={context.tenant.slug} endpoint={endpoint} />
      </Card>
    </div>
  );
}
