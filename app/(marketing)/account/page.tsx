import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ChangeEmailForm } from "@/components/account/change-email-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { EmailPreferencesForm } from "@/components/account/email-preferences-form";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { accountEmailFacts } from "@/lib/account/change-email";
import { leaveNetworkAction, signOutEverywhereAction } from "@/lib/actions/account";
import { getSession } from "@/lib/auth/session";
import { preferenceRows } from "@/lib/email/category-labels";
import { emailPreferencesOf } from "@/lib/email/preferences";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { requireSignedIn } from "@/lib/tenancy/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

/** The person's own account: sign-in address, mail from each network, their data, networks to leave, deletion. */
export default async function AccountPage({ searchParams }: { searchParams: Promise<{ left?: string }> }) {
  const userId = await requireSignedIn();
  const [session, t, te, tp, locale, { left }, emailFacts, preferences] = await Promise.all([
    getSession(), getTranslations("account"), getTranslations("emailChange"), getTranslations("emailPreferences"), getLocale(), searchParams,
    accountEmailFacts(userId), emailPreferencesOf(userId),
  ]);
  const alumniOf = (session?.memberships ?? []).filter((m) => m.role === "ALUMNI");
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-12">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {left ? <FormAlert tone="success" message={t("leftDone")} /> : null}
      <Card>
        <h2 className="font-semibold">{t("signedInAs")}</h2>
        <p className="mt-1 text-stone-700">{session?.user.email}</p>
        <section className="mt-5 border-t border-stone-200 pt-5">
          <h3 className="font-medium">{te("title")}</h3>
          <p className="mt-1 text-sm text-stone-600">{te("lead")}</p>
          {emailFacts.pending ? (
            <p className="mt-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">
              {te("pending", { email: emailFacts.pending.newEmail })}
            </p>
          ) : null}
          <div className="mt-3">
            <ChangeEmailForm hasPassword={emailFacts.hasPassword} />
          </div>
        </section>
      </Card>
      {preferences.length ? (
        <Card>
          <h2 className="font-semibold">{tp("title")}</h2>
          <p className="mt-1 text-sm text-stone-600">{tp("lead")}</p>
          <div className="mt-4 flex flex-col gap-6 divide-y divide-stone-200 [&>*:not(:first-child)]:pt-6">
            {preferences.map((p) => (
              <EmailPreferencesForm key={p.tenant.slug} tenant={p.tenant.slug} company={tenantDisplayName(p.tenant, locale)} all={p.preferences.all} categories={preferenceRows(p.preferences, p.own, locale, tp)} />
            ))}
          </div>
        </Card>
      ) : null}
      <Card>
        <h2 className="font-semibold">{t("exportTitle")}</h2>
        <p className="mt-1 text-sm text-stone-600">{t("exportLead")}</p>
        <a href="/account/export" download className={buttonClasses("secondary", "mt-3")}>{t("exportSubmit")}</a>
      </Card>
      {alumniOf.length ? (
        <Card>
          <h2 className="font-semibold">{t("leaveTitle")}</h2>
          <p className="mt-1 text-sm text-stone-600">{t("leaveLead")}</p>
          <ul className="mt-3 flex flex-col gap-2">
            {alumniOf.map((m) => (
              <li key={m.tenantSlug} className="flex items-center justify-between gap-3">
                <span>{tenantDisplayName({ name: m.tenantName, nameEn: m.tenantNameEn }, locale)}</span>
                <form action={async (form) => {
                  "use server";
                  await leaveNetworkAction(null, form);
                }}>
                  <input type="hidden" name="tenant" value={m.tenantSlug} />
                  <button type="submit" className={buttonClasses("ghost", "text-red-700")}>{t("leaveSubmit")}</button>
                </form>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card>
        <h2 className="font-semibold">{t("signOutEverywhere.title")}</h2>
        <p className="mt-1 text-sm text-stone-600">{t("signOutEverywhere.lead")}</p>
        <form action={async (form) => {
          "use server";
          await signOutEverywhereAction(null, form);
        }} className="mt-3">
          <button type="submit" className={buttonClasses("secondary")}>{t("signOutEverywhere.submit")}</button>
        </form>
      </Card>
      <Card className="border-red-200">
        <h2 className="font-semibold text-red-800">{t("deleteTitle")}</h2>
        <p className="mt-1 text-sm text-stone-600">{t("deleteLead")}</p>
        <div className="mt-3">
          <DeleteAccountForm email={session?.user.email ?? ""} />
        </div>
      </Card>
    </div>
  );
}
