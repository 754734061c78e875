import { notFound } from "next/navigation";
import { ProfileDetails } from "@/components/alumni/profile-details";
import { Card } from "@/components/ui/card";
import { photoUrlOf } from "@/lib/alumni/avatar/url";
import { getProfileForViewer } from "@/lib/alumni/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }> };

export default async function PersonPage({ params }: Props) {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant, "directory.read");
  const profile = await getProfileForViewer(context, id);
  if (!profile) {
    notFound();
  }
  return (
    <Card>
      <ProfileDetails profile={profile} photoUrl={photoUrlOf(tenant, profile)} />
    </Card>
  );
}
