import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { TemplateEditor } from "@/components/templates/template-editor";
import { Card } from "@/components/ui/card";
import { isLocale } from "@/lib/i18n/config";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { DEFAULT_TEMPLATES, isTemplateKey, TEMPLATE_SPECS } from "@/lib/templates/catalog";
import { sampleValues } from "@/lib/templates/sample";
import { resolveTemplate } from "@/lib/templates/store";

type Props = { params: Promise<{ tenant: string; key: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tenant, key } = await params;
  await requireTenantPage(tenant, "settings.manage");
  const t = await getTranslations("templates");
  return { title: isTemplateKey(key) ? t(`names.${key}`) : t("title") };
}

export default async function EditTemplatePage({ params }: Props) {
  const { tenant, key, locale } = await params;
  const context = await requireTenantPage(tenant, "settings.manage");
  if (!isTemplateKey(key) || !isLocale(locale)) {
    notFound();
  }
  const [t, format, current] = await Promise.all([getTranslations("templates"), getFormatter(), resolveTemplate(context.tenant.id, key, locale)]);
  const standard = DEFAULT_TEMPLATES[key][locale];
  return (
    <div className="flex flex-col gap-4">
      <Link href={`/${tenant}/admin/templates`} className="text-sm text-brand-800 underline">← {t("editor.back")}</Link>
      <h1 className="text-2xl font-bold">{t("editor.heading", { template: t(`names.${key}`), language: t(`languages.${locale}`) })}</h1>
      <p className="max-w-3xl text-stone-600">{t(`usage.${key}`)}</p>
      <Card>
        <TemplateEditor
          tenant={tenant}
          templateKey={key}
          locale={locale}
          current={{ subject: current.subject, body: current.body }}
          standard={{ subject: standard.subject ?? "", body: standard.body }}
          edited={current.edited}
          editedOn={current.updatedAt ? format.dateTime(current.updatedAt, { dateStyle: "medium", timeStyle: "short" }) : null}
          sample={sampleValues(context.tenant, locale, key)}
          placeholderLabels={TEMPLATE_SPECS[key].placeholders.map((name) => ({ name, label: t(`placeholders.${name}`) }))}
        />
      </Card>
    </div>
  );
}
