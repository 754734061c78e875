import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { JoinFrame } from "@/components/join/join-frame";
import { RequestJoinForm } from "@/components/join/request-join-form";
import { FormAlert } from "@/components/ui/form-alert";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { findActiveTenant } from "@/lib/tenancy/resolve";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("join"))("sendLink") };
}

/** Registering without an invitation (the link HR hands out on a leaver's last day). */
export default async function SelfJoinPage({ params }: Props) {
  const { tenant: slug } = await params;
  const tenant = await findActiveTenant(slug);
  if (!tenant) {
    notFound();
  }
  const [t, locale] = await Promise.all([getTranslations("join"), getLocale()]);
  const company = tenantDisplayName(tenant, locale);
  return (
    <JoinFrame>
      <h1 className="text-2xl font-bold">{t("selfTitle", { company })}</h1>
      {tenant.registrationRule === "INVITE_ONLY" ? (
        <div className="mt-4"><FormAlert message={t("inviteOnly")} /></div>
      ) : (
        <>
          <p className="mt-2 text-stone-700">{t("selfLead", { company })}</p>
          <div className="mt-6"><RequestJoinForm tenant={slug} /></div>
        </>
      )}
    </JoinFrame>
  );
}
