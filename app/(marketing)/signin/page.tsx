import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForms } from "@/components/auth/sign-in-forms";
import { CompanySsoForm } from "@/components/sso/company-sso-form";
import { Card } from "@/components/ui/card";
import { couldBeSlug } from "@/lib/tenancy/resolve";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string; code?: string; company?: string }> };

// Auth.js's own endpoints redirect here with ?error= (and ?code= for a refused password).
function errorKey(error: string, code?: string) {
  if (error === "Verification") {
    return "linkInvalid";
  }
  return code === "rate_limited" ? "tooManyAttempts" : "signInError";
}

export default async function SignInPage({ searchParams }: Props) {
  const [{ callbackUrl, error, code, company }, t] = await Promise.all([searchParams, getTranslations("auth")]);
  // "Sign in with your company's SSO": the company's own page says whether it has SSO (a 404 if not).
  const slug = company?.trim().toLowerCase();
  if (slug && couldBeSlug(slug)) {
    redirect(`/${slug}/sso${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`);
  }
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <Card>
        <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
        <p className="mt-1 text-sm text-stone-600">{t("signInLead")}</p>
        <SignInForms callbackUrl={callbackUrl} linkError={error ? t(errorKey(error, code)) : undefined} />
      </Card>
      <Card className="mt-4">
        <CompanySsoForm callbackUrl={callbackUrl} />
      </Card>
    </div>
  );
}
