import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CompanySignUpForm } from "@/components/tenants/company-sign-up-form";
import { Card } from "@/components/ui/card";
import { getSession } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signup"))("title") };
}

export default async function SignUpPage() {
  const [t, session] = await Promise.all([getTranslations("signup"), getSession()]);
  return (
    <div className="mx-auto max-w-xl px-4 py-12">
      <Card>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-sm text-stone-600">{t("lead")}</p>
        <CompanySignUpForm signedInAs={session?.user.email ?? null} />
      </Card>
    </div>
  );
}
