import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { UnsubscribeForm } from "@/components/broadcasts/unsubscribe-form";
import { Card } from "@/components/ui/card";
import { categoryLabel } from "@/lib/email/category-labels";
import { unsubscribeTarget } from "@/lib/broadcasts/unsubscribe";
import { tenantDisplayName } from "@/lib/tenancy/display";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("unsubscribe"))("title"), robots: { index: false } };
}

/**
 * Where an announcement's "unsubscribe" link leads: it says what will stop and asks for a button press, because
 * mail scanners open links; mail clients' one-click button posts to /api/unsubscribe instead.
 */
export default async function UnsubscribePage({ params }: Props) {
  const { token } = await params;
  const [t, tp, locale, target] = await Promise.all([getTranslations("unsubscribe"), getTranslations("emailPreferences"), getLocale(), unsubscribeTarget(token)]);
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-4 px-4 py-12">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Card>
        {target ? (
          <div className="flex flex-col gap-4">
            <p>
              {t("what", {
                company: tenantDisplayName(target.tenant, locale),
                category: categoryLabel(target.category, target.categoryNames ? [{ key: target.category, ...target.categoryNames }] : [], locale, tp),
              })}
            </p>
            {target.alreadyOff ? <p className="text-stone-700">{t("alreadyOff")}</p> : <UnsubscribeForm token={token} />}
            <p className="text-sm text-stone-600">{t("others", { path: `/${target.tenant.slug}/preferences` })}</p>
          </div>
        ) : (
          <p role="alert">{t("invalid")}</p>
        )}
      </Card>
    </div>
  );
}
