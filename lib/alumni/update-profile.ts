import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import type { ProfileForm } from "./profile-schema";
import { PROFILE_FIELDS, type Audience } from "./visibility";

// Years are what people edit; a date from the roster stays exact while its year is unchanged.
function keepExact(current: Date | null, chosen: Date | null): Date | null {
  return current && chosen && current.getUTCFullYear() === chosen.getUTCFullYear() ? current : chosen;
}

/** Saves the signed-in member's own profile and who may see each field. */
export async function updateOwnProfile(context: TenantContext, form: ProfileForm): Promise<boolean> {
  const where = { tenantId: context.tenant.id, membershipId: context.membership.id };
  const current = await db.alumniProfile.findFirst({ where, select: { joinedOn: true, leftOn: true } });
  if (!current) {
    return false;
  }
  const visibility: Record<string, Audience> = {};
  for (const field of PROFILE_FIELDS) {
    const chosen = (form as Record<string, unknown>)[`vis_${field}`] as Audience | undefined;
    if (chosen) {
      visibility[field] = chosen;
    }
  }
  const { joinedYear, leftYear, ...fields } = form;
  const data = Object.fromEntries(Object.entries(fields).filter(([key]) => !key.startsWith("vis_")));
  await db.alumniProfile.updateMany({
    where,
    data: {
      ...data,
      joinedOn: keepExact(current.joinedOn, joinedYear),
      leftOn: keepExact(current.leftOn, leftYear),
      visibility,
    },
  });
  return true;
}
