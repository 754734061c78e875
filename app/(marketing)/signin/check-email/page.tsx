import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { devToolsEnabled } from "@/lib/env";

export default async function CheckEmailPage() {
  const t = await getTranslations("auth");
  const devTools = devToolsEnabled();
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <Card>
        <h1 className="text-2xl font-bold">{t("checkEmailTitle")}</h1>
        <p className="mt-3 text-stone-700">{t("checkEmailBody")}</p>
        {devTools ? (
          <p className="mt-4 rounded-md bg-brand-50 p-3 text-sm text-brand-900">
            {t.rich("checkEmailDevOutbox", { link: (chunks) => <Link className="font-semibold underline" href="/dev/mail">{chunks}</Link> })}
          </p>
        ) : null}
      </Card>
    </div>
  );
}
