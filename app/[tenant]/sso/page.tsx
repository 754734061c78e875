import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { JoinFrame } from "@/components/join/join-frame";
import { SsoSignInButton } from "@/components/sso/sso-sign-in-button";
import { FormAlert } from "@/components/ui/form-alert";
import { db } from "@/lib/db";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { findActiveTenant } from "@/lib/tenancy/resolve";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ error?: string; reason?: string; callbackUrl?: string }> };

const REFUSALS = ["notStaff", "unverified", "noEmail", "domain", "unavailable"] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sso"))("signInTitle") };
}

/** A company's staff sign-in through its own identity provider; 404 where the company has no SSO switched on. */
export default async function SsoSignInPage({ params, searchParams }: Props) {
  const [{ tenant: slug }, { error, reason, callbackUrl }] = await Promise.all([params, searchParams]);
  const tenant = await findActiveTenant(slug);
  const sso = tenant ? await db.tenantSso.findUnique({ where: { tenantId: tenant.id }, select: { enabled: true } }) : null;
  if (!tenant || !sso?.enabled) {
    notFound();
  }
  const [t, locale] = await Promise.all([getTranslations("sso"), getLocale()]);
  const company = tenantDisplayName(tenant, locale);
  const refusal = REFUSALS.find((r) => r === error);
  return (
    <JoinFrame>
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      <p className="mt-2 text-stone-700">{t("signInLead", { company })}</p>
      <div className="mt-4 flex flex-col gap-3">
        {reason === "required" ? <FormAlert message={t("requiredNotice", { company })} /> : null}
        {refusal ? <FormAlert message={t(`refusals.${refusal}`, { company })} /> : error ? <FormAlert message={t("refusals.failed")} /> : null}
        <SsoSignInButton tenant={tenant.slug} callbackUrl={callbackUrl} />
        <p className="text-sm text-stone-600">{t("alumniHint")}</p>
      </div>
    </JoinFrame>
  );
}
