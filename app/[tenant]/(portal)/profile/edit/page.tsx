import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/markdown";
import { AvatarEditor } from "@/components/alumni/avatar-editor";
import { ProfileEditForm } from "@/components/alumni/profile-edit-form";
import { Card } from "@/components/ui/card";
import { photoUrlOf } from "@/lib/alumni/avatar/url";
import { getOwnProfileForEdit } from "@/lib/alumni/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { welcomeMessageFor } from "@/lib/templates/welcome";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ welcome?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "profile.editOwn");
  return { title: (await getTranslations("profileEdit"))("title") };
}

const year = (d: Date | null) => (d ? String(d.getUTCFullYear()) : "");
const PROFILE_FORM_ID = "profile-form";

export default async function EditProfilePage({ params, searchParams }: Props) {
  const [{ tenant }, { welcome }] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant, "profile.editOwn");
  const [profile, t, locale] = await Promise.all([getOwnProfileForEdit(context), getTranslations("profileEdit"), getLocale()]);
  // A new member's first screen greets them in the company's own words (its welcome template).
  const greeting = welcome ? await welcomeMessageFor(context.tenant, { name: profile?.displayName ?? "", locale }) : null;
  return (
    <div className="flex flex-col gap-4">
      <Link href={`/${tenant}/profile`} className="text-sm text-brand-800 underline">{t("back")}</Link>
      <h1 className="text-2xl font-bold">{welcome ? t("welcomeTitle") : t("title")}</h1>
      {greeting ? (
        <section aria-label={greeting.subject} className="rounded-md border border-brand-100 bg-white p-4" data-testid="welcome-message">
          <p className="mb-2 font-bold">{greeting.subject}</p>
          <Markdown source={greeting.body} />
        </section>
      ) : null}
      {welcome ? (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-brand-100 bg-brand-50 p-4 text-brand-900">
          <p>{t("welcomeLead")}</p>
          <Link href={`/${tenant}`} className="font-semibold underline">{t("later")}</Link>
        </div>
      ) : null}
      <Card>
        {profile ? (
          <div className="flex flex-col gap-6">
            <AvatarEditor
              tenant={tenant}
              name={profile.displayName}
              photoUrl={photoUrlOf(tenant, profile)}
              audience={profile.visibility.avatar}
              profileFormId={PROFILE_FORM_ID}
            />
            <ProfileEditForm
              id={PROFILE_FORM_ID}
              tenant={tenant}
              profile={{
                displayName: profile.displayName,
                nameKana: profile.nameKana ?? "",
                nameRomaji: profile.nameRomaji ?? "",
                department: profile.department ?? "",
                joinedYear: year(profile.joinedOn),
                leftYear: year(profile.leftOn),
                currentCompany: profile.currentCompany ?? "",
                currentTitle: profile.currentTitle ?? "",
                industry: profile.industry ?? "",
                location: profile.location ?? "",
                skills: profile.skills.join(", "),
                interests: profile.interests,
                openToReturn: profile.openToReturn,
                bio: profile.bio ?? "",
                linkedinUrl: profile.linkedinUrl ?? "",
                visibility: profile.visibility,
              }}
            />
          </div>
        ) : (
          <p>{t("noProfile")}</p>
        )}
      </Card>
    </div>
  );
}
