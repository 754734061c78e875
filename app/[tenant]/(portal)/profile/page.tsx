import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { ProfileDetails } from "@/components/alumni/profile-details";
import { Card } from "@/components/ui/card";
import { photoUrlOf } from "@/lib/alumni/avatar/url";
import { getOwnProfile } from "@/lib/alumni/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

// Guarded like the page, so a 404 does not carry this page's title.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant);
  return { title: (await getTranslations("profile"))("mine") };
}

export default async function MyProfilePage({ params }: Props) {
  const context = await requireTenantPage((await params).tenant);
  const [profile, t] = await Promise.all([getOwnProfile(context), getTranslations("profile")]);
  return (
    <Card>
      {profile ? (
        <>
          <div className="mb-4 flex justify-end">
            <Link href={`/${context.tenant.slug}/profile/edit`} className={buttonClasses("secondary")}>{t("edit")}</Link>
          </div>
          <ProfileDetails profile={profile} photoUrl={photoUrlOf(context.tenant.slug, profile)} />
        </>
      ) : (
        <p className="text-stone-700">{t("noProfile")}</p>
      )}
    </Card>
  );
}
