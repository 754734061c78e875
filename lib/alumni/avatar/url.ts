import type { AvatarSize } from "./limits";

/** Where a profile's photo is served; the version makes a new photo a new URL, so old ones can be cached for good. */
export function avatarUrl(tenantSlug: string, profileId: string, version: string, size: AvatarSize = "large"): string {
  return `/${tenantSlug}/people/${profileId}/avatar?size=${size}&v=${version}`;
}

/** The photo URL of a profile as a query returned it (no `avatar`: none, or hidden from this viewer). */
export function photoUrlOf(tenantSlug: string, profile: { id: string; avatar?: { version: string } | null }, size: AvatarSize = "large"): string | null {
  return profile.avatar ? avatarUrl(tenantSlug, profile.id, profile.avatar.version, size) : null;
}
