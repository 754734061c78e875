import type { Metadata } from "next";
import Link from "next/link";
import { after } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { JoinForm } from "@/components/invitations/join-form";
import { JoinFrame } from "@/components/join/join-frame";
import { buttonClasses } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { getSession } from "@/lib/auth/session";
import { markInvitationOpened, openInvitation } from "@/lib/invitations/accept";
import { tenantDisplayName } from "@/lib/tenancy/display";

type Props = { params: Promise<{ tenant: string; token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("join"))("submit"), robots: { index: false } };
}

/** Where an invitation link lands: who invited whom, and the way in. */
export default async function JoinFromInvitationPage({ params }: Props) {
  const { tenant: slug, token } = await params;
  const [opened, session, t, locale] = await Promise.all([openInvitation(slug, token), getSession(), getTranslations("join"), getLocale()]);
  if (opened.ok) {
    const { tenant, invitation } = opened.value;
    after(() => markInvitationOpened(tenant.id, invitation.id).catch((error) => console.error("Invitation open not recorded:", error)));
  }
  return (
    <JoinFrame>
      {opened.ok ? (
        <>
          <h1 className="text-2xl font-bold">{t("title", { company: tenantDisplayName(opened.value.tenant, locale) })}</h1>
          <p className="mt-2 text-stone-700">{t("lead", { name: opened.value.person.name })}</p>
          {!session ? (
            <p className="mt-3 text-sm text-stone-600">
              {t("haveAccount")}{" "}
              <Link className="font-semibold text-brand-800 underline" href={`/signin?callbackUrl=${encodeURIComponent(`/${slug}/join/${token}`)}`}>{t("signInFirst")}</Link>
            </p>
          ) : null}
          <div className="mt-6">
            <JoinForm
              tenant={slug}
              token={token}
              company={tenantDisplayName(opened.value.tenant, locale)}
              termsVersion={opened.value.tenant.termsVersion}
              email={opened.value.invitation.email}
              suggestedName={opened.value.person.name}
              signedInAs={session?.user.email ?? null}
            />
          </div>
        </>
      ) : (
        <>
          <FormAlert message={t(opened.problem)} />
          <Link href="/signin" className={buttonClasses("secondary", "mt-4")}>{t("signInFirst")}</Link>
        </>
      )}
    </JoinFrame>
  );
}
