import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { resizeAvatar } from "./resize";

/**
 * Sets the signed-in member's own photo. Everything is decoded and resized before the one write, so a file that
 * fails to decode changes nothing. Returns false when the member has no profile; throws UnreadableImageError.
 */
export async function saveOwnAvatar(context: TenantContext, bytes: Uint8Array): Promise<boolean> {
  const profile = await db.alumniProfile.findFirst({
    where: { tenantId: context.tenant.id, membershipId: context.membership.id },
    select: { id: true },
  });
  if (!profile) {
    return false;
  }
  const images = await resizeAvatar(bytes);
  await db.profileAvatar.upsert({
    where: { tenantId_profileId: { tenantId: context.tenant.id, profileId: profile.id } },
    create: { tenantId: context.tenant.id, profileId: profile.id, ...images },
    update: images,
  });
  return true;
}

/** Removes the signed-in member's own photo (nothing to remove is fine). */
export async function removeOwnAvatar(context: TenantContext): Promise<void> {
  await db.profileAvatar.deleteMany({
    where: { tenantId: context.tenant.id, profile: { membershipId: context.membership.id } },
  });
}
