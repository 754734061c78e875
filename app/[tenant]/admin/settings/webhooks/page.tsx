import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { EndpointForm } from "@/components/webhooks/endpoint-form";
import { EndpointState } from "@/components/webhooks/endpoint-state";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { listEndpoints } from "@/lib/webhooks-out/endpoints";
import { SettingsHeading } from "@/components/settings/settings-heading";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "settings.manage");
  return { title: (await getTranslations("webhooks"))("title") };
}

/** The company's webhook endpoints (decisions/029), and a form to add one. */
export default async function WebhooksPage({ params }: Props) {
  const context = await requireTenantPage((await params).tenant, "settings.manage");
  const [t, endpoints] = await Promise.all([getTranslations("webhooks"), listEndpoints(context)]);
  const base = `/${context.tenant.slug}/admin/settings/webhooks`;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <SettingsHeading title={t("title")} lead={t("lead")} />
      <Card>
        <h2 className="mb-3 text-lg font-semibold text-stone-900">{t("endpoints")}</h2>
        {endpoints.length === 0 ? (
          <p className="text-stone-600">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-stone-200">
            {endpoints.map((e) => (
              <li key={e.id} className="flex flex-col gap-1 py-3">
                <Link href={`${base}/${e.id}`} className="break-all font-medium text-brand-700 underline">{e.url}</Link>
                {e.description ? <span className="text-sm text-stone-700">{e.description}</span> : null}
                <span className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
                  <EndpointState enabled={e.enabled} reason={e.disabledReason} />
                  {e.events.join(", ")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold text-stone-900">{t("add")}</h2>
        <EndpointForm tenant={context.tenant.slug} />
      </Card>
    </div>
  );
}
