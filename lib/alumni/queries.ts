import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { STAFF_ROLES } from "@/lib/tenancy/permissions";
import { viewerFor } from "./viewer";
import { audienceOf, PROFILE_FIELDS, visibleTo, type Audience, type ProfileField, type Viewer } from "./visibility";

export const profileSelect = {
  id: true,
  membershipId: true,
  displayName: true,
  nameKana: true,
  nameRomaji: true,
  department: true,
  joinedOn: true,
  leftOn: true,
  currentCompany: true,
  currentTitle: true,
  industry: true,
  location: true,
  skills: true,
  interests: true,
  bio: true,
  linkedinUrl: true,
  openToReturn: true,
  visibility: true,
  lastActiveAt: true,
  // Only the version: it is all a page needs to build the photo's URL, and it says whether there is one.
  avatar: { select: { version: true } },
} as const;

/** A profile in this tenant as the viewer may see it, or null (also for ids of other tenants). */
export async function getProfileForViewer(context: TenantContext, profileId: string) {
  const profile = await db.alumniProfile.findFirst({
    where: { id: profileId, tenantId: context.tenant.id, membership: { status: "ACTIVE" } },
    select: profileSelect,
  });
  return profile ? visibleTo(profile, viewerFor(context, profile.membershipId)) : null;
}

export async function getOwnProfile(context: TenantContext) {
  const profile = await db.alumniProfile.findFirst({
    where: { tenantId: context.tenant.id, membershipId: context.membership.id },
    select: profileSelect,
  });
  return profile ? visibleTo(profile, "SELF") : null;
}

/** Alumni who used the portal most recently: the portal home's "who's around". */
export async function listRecentlyActiveAlumni(context: TenantContext, take = 6) {
  const profiles = await db.alumniProfile.findMany({
    where: {
      tenantId: context.tenant.id,
      membership: { status: "ACTIVE", role: "ALUMNI" },
      NOT: { membershipId: context.membership.id },
      lastActiveAt: { not: null },
    },
    orderBy: { lastActiveAt: "desc" },
    take,
    select: profileSelect,
  });
  const viewer: Viewer = context.permissions.has("alumni.read") ? "STAFF" : "ALUMNI";
  return profiles.map((p) => visibleTo(p, viewer));
}

/** Active staff members (owners, admins, HR): a few rows of the (tenantId, role, status, …) index. */
export async function countStaff(context: TenantContext): Promise<number> {
  return db.membership.count({ where: { tenantId: context.tenant.id, status: "ACTIVE", role: { in: [...STAFF_ROLES] } } });
}

export async function getNetworkCounts(context: TenantContext) {
  const since = new Date(Date.now() - 30 * 86_400_000);
  const [alumni, staff, active30] = await Promise.all([
    db.membership.count({ where: { tenantId: context.tenant.id, status: "ACTIVE", role: "ALUMNI" } }),
    countStaff(context),
    db.alumniProfile.count({
      where: { tenantId: context.tenant.id, membership: { status: "ACTIVE", role: "ALUMNI" }, lastActiveAt: { gte: since } },
    }),
  ]);
  return { alumni, staff, active30 };
}

/** The member's own profile as the edit form needs it, with every field's audience (defaults filled in). */
export async function getOwnProfileForEdit(context: TenantContext) {
  const profile = await db.alumniProfile.findFirst({
    where: { tenantId: context.tenant.id, membershipId: context.membership.id },
    select: profileSelect,
  });
  if (!profile) {
    return null;
  }
  const visibility = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, audienceOf(field, profile.visibility)])) as Record<ProfileField, Audience>;
  return { ...profile, visibility };
}
