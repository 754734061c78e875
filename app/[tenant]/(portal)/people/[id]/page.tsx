import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProfileDetails } from "@/components/alumni/profile-details";
import { SharedHistoryNote } from "@/components/directory/shared-history-note";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { photoUrlOf } from "@/lib/alumni/avatar/url";
import { getProfileForViewer } from "@/lib/alumni/queries";
import { sharedHistoryWith } from "@/lib/directory/shared-history";
import { directMessagesOn, directRecipient, existingDirect } from "@/lib/inbox/direct";
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
  const [shared, t, ti, recipient, on] = await Promise.all([
    sharedHistoryWith(context, profile),
    getTranslations("directory"),
    getTranslations("inbox"),
    directRecipient(context, id),
    directMessagesOn(context.tenant.id),
  ]);
  // A message button for one alumnus looking at another, while the company allows it (decisions/022): to the
  // thread the two already have, or to a first message.
  const thread = recipient && on ? await existingDirect(context, recipient.membershipId) : null;
  return (
    <div className="flex flex-col gap-4">
      <Link href={`/${tenant}/people`} className="text-sm text-brand-800 underline-offset-2 hover:underline">{t("back")}</Link>
      <Card>
        <ProfileDetails profile={profile} photoUrl={photoUrlOf(tenant, profile)} />
        {shared ? <SharedHistoryNote shared={shared} /> : null}
        {recipient && on ? (
          <div className="mt-4">
            <Link href={thread ? `/${tenant}/messages/${thread}` : `/${tenant}/messages/to/${id}`} className={buttonClasses()}>{ti("direct.messageButton")}</Link>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
