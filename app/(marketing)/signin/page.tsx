import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForms } from "@/components/auth/sign-in-forms";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string; code?: string }> };

// Auth.js's own endpoints redirect here with ?error= (and ?code= for a refused password).
function errorKey(error: string, code?: string) {
  if (error === "Verification") {
    return "linkInvalid";
  }
  return code === "rate_limited" ? "tooManyAttempts" : "signInError";
}

export default async function SignInPage({ searchParams }: Props) {
  const [{ callbackUrl, error, code }, t] = await Promise.all([searchParams, getTranslations("auth")]);
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <Card>
        <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
        <p className="mt-1 text-sm text-stone-600">{t("signInLead")}</p>
        <SignInForms callbackUrl={callbackUrl} linkError={error ? t(errorKey(error, code)) : undefined} />
      </Card>
    </div>
  );
}
