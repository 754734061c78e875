import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { viewerFor } from "../viewer";
import { audienceOf, canSee } from "../visibility";
import type { AvatarSize } from "./limits";

/**
 * A profile's photo at one size, if this member may see it: same tenant, an active member's profile (staff also
 * see those waiting or suspended, as on their member pages), and the photo's audience includes the viewer. Otherwise null, which the route answers with 404 like anything missing.
 */
export async function getAvatarForViewer(context: TenantContext, profileId: string, size: AvatarSize) {
  const profile = await db.alumniProfile.findFirst({
    where: {
      id: profileId,
      tenantId: context.tenant.id,
      membership: { status: context.permissions.has("alumni.read") ? { in: ["ACTIVE", "PENDING", "SUSPENDED"] } : "ACTIVE" },
    },
    select: {
      membershipId: true,
      visibility: true,
      avatar: { select: { version: true, large: size === "large", small: size === "small" } },
    },
  });
  if (!profile?.avatar || !canSee(viewerFor(context, profile.membershipId), audienceOf("avatar", profile.visibility))) {
    return null;
  }
  const bytes = size === "large" ? profile.avatar.large : profile.avatar.small;
  return bytes ? { bytes, version: profile.avatar.version } : null;
}
