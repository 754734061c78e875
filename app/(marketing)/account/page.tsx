import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { leaveNetworkAction } from "@/lib/actions/account";
import { getSession } from "@/lib/auth/session";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { requireSignedIn } from "@/lib/tenancy/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

/** The person's own account: their data to take away, networks to leave, the account to delete. */
export default async function AccountPage({ searchParams }: { searchParams: Promise<{ left?: string }> }) {
  await requireSignedIn();
  const [session, t, locale, { left }] = await Promise.all([getSession(), getTranslations("account"), getLocale(), searchParams]);
  const alumniOf = (session?.memberships ?? []).filter((m) => m.role === "ALUMNI");
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-12">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {left ? <FormAlert tone="success" message={t("leftDone")} /> : null}
      <Card>
        <h2 className="font-semibold">{t("signedInAs")}</h2>
        <p className="mt-1 text-stone-700">{session?.user.email}</p>
      </Card>
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
