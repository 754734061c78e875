import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProfileDetails } from "@/components/alumni/profile-details";
import { SharedHistoryNote } from "@/components/directory/shared-history-note";
import { Card } from "@/components/ui/card";
import { photoUrlOf } from "@/lib/alumni/avatar/url";
import { getProfileForViewer } from "@/lib/alumni/queries";
import { sharedHistoryWith } from "@/lib/directory/shared-history";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }> };

export default async function PersonPage({ params }: Props) {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant, "directory.read");
  const profile = await getProfileForViewer(context, id);
  if (!profile) {
    notFound();
  }
  // From the profile as this viewer may see it: a hidden department or year never shows up as "shared" either.
  const [shared, t] = await Promise.all([sharedHistoryWith(context, profile), getTranslations("directory")]);
  // Messaging and the other ways to reach someone join this page as those features arrive.
  return (
    <div className="flex flex-col gap-4">
      <Link href={`/${tenant}/people`} className="text-sm text-brand-800 underline-offset-2 hover:underline">{t("back")}</Link>
      <Card>
        <ProfileDetails profile={profile} photoUrl={photoUrlOf(tenant, profile)} />
        {shared ? <SharedHistoryNote shared={shared} /> : null}
      </Card>
    </div>
  );
}
