import { getTranslations } from "next-intl/server";
import { Field } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";

/** Staff of a company with single sign-on go to its SSO page by the company's address (a plain GET form). */
export async function CompanySsoForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = await getTranslations("sso");
  return (
    <form action="/signin" method="get" className="flex flex-col gap-3">
      <h2 className="font-semibold text-stone-900">{t("companyTitle")}</h2>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Field label={t("companyLabel")} name="company" autoComplete="organization" required hint={t("companyHint")} />
      <button type="submit" className={buttonClasses("secondary")}>{t("companyGo")}</button>
    </form>
  );
}
