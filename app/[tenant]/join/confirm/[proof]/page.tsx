import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { JoinFrame } from "@/components/join/join-frame";
import { SelfJoinForm } from "@/components/join/self-join-form";
import { FormAlert } from "@/components/ui/form-alert";
import { getSession } from "@/lib/auth/session";
import { readJoinProof } from "@/lib/join/email-proof";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { findActiveTenant } from "@/lib/tenancy/resolve";

type Props = { params: Promise<{ tenant: string; proof: string }> };

export default async function ConfirmSelfJoinPage({ params }: Props) {
  const { tenant: slug, proof } = await params;
  const tenant = await findActiveTenant(slug);
  if (!tenant) {
    notFound();
  }
  const [t, locale, session] = await Promise.all([getTranslations("join"), getLocale(), getSession()]);
  const email = readJoinProof(tenant.id, proof);
  const company = tenantDisplayName(tenant, locale);
  return (
    <JoinFrame>
      <h1 className="text-2xl font-bold">{t("selfTitle", { company })}</h1>
      {email ? (
        <>
          <p className="mt-2 text-stone-700">{t("confirmLead", { email })}</p>
          <div className="mt-6">
            <SelfJoinForm tenant={slug} proof={proof} company={company} termsVersion={tenant.termsVersion} signedIn={session !== null} />
          </div>
        </>
      ) : (
        <div className="mt-4"><FormAlert message={t("proofInvalid")} /></div>
      )}
    </JoinFrame>
  );
}
