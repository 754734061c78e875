import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CreateKeyForm } from "@/components/api-keys/create-key-form";
import { RevokeKeyButton } from "@/components/api-keys/revoke-key-button";
import { Card } from "@/components/ui/card";
import { listApiKeys } from "@/lib/api/keys";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { SettingsHeading } from "@/components/settings/settings-heading";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "settings.manage");
  return { title: (await getTranslations("apiKeys"))("title") };
}

/** The company's REST API keys (docs/decisions/028): make one, see what each may do and when it was last used, revoke. */
export default async function ApiKeysPage({ params }: Props) {
  const context = await requireTenantPage((await params).tenant, "settings.manage");
  const [t, format, keys] = await Promise.all([getTranslations("apiKeys"), getFormatter(), listApiKeys(context)]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <SettingsHeading
        title={t("title")}
        lead={
          <>
            {t("lead")} <Link href="/docs/api" className="text-brand-800 underline">{t("reference")}</Link>
          </>
        }
      />
      <Card>
        <CreateKeyForm tenant={context.tenant.slug} />
      </Card>
      <section aria-labelledby="keys-heading" className="flex flex-col gap-3">
        <h2 id="keys-heading" className="text-lg font-semibold text-stone-900">{t("listTitle")}</h2>
        {keys.length === 0 ? (
          <p className="text-stone-600">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("listTitle")}</caption>
              <thead className="bg-stone-100 text-stone-700">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("name")}</th>
                  <th scope="col" className="px-3 py-2">{t("key")}</th>
                  <th scope="col" className="px-3 py-2">{t("scopes")}</th>
                  <th scope="col" className="px-3 py-2">{t("createdAt")}</th>
                  <th scope="col" className="px-3 py-2">{t("lastUsed")}</th>
                  <th scope="col" className="px-3 py-2"><span className="sr-only">{t("actions")}</span></th>
                </tr>
              </thead>
              <tbody>
                {keys.map((k) => (
                  <tr key={k.id} className={`border-t border-stone-200 align-top ${k.revokedAt ? "text-stone-500" : ""}`}>
                    <td className="px-3 py-2 font-medium">{k.name}</td>
                    <td className="px-3 py-2 font-mono whitespace-nowrap">{k.prefix}…</td>
                    <td className="px-3 py-2">
                      <ul className="flex flex-wrap gap-1">
                        {k.scopes.map((s) => <li key={s}><code className="rounded bg-stone-100 px-1.5 py-0.5 font-mono text-xs">{s}</code></li>)}
                      </ul>
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      <time dateTime={k.createdAt.toISOString()}>{when(k.createdAt)}</time>
                      {k.createdByName ? <span className="block text-xs text-stone-600">{t("by", { name: k.createdByName })}</span> : null}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {k.lastUsedAt ? <time dateTime={k.lastUsedAt.toISOString()}>{when(k.lastUsedAt)}</time> : t("neverUsed")}
                    </td>
                    <td className="px-3 py-2 text-right">
                      {k.revokedAt ? (
                        <span>{t("revokedOn", { date: when(k.revokedAt) })}</span>
                      ) : (
                        <RevokeKeyButton tenant={context.tenant.slug} id={k.id} name={k.name} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
