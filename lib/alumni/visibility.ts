// Who may see each profile field. A profile's `visibility` JSON overrides these defaults field by field.
export const AUDIENCES = ["ALUMNI", "STAFF", "PRIVATE"] as const;
export type Audience = (typeof AUDIENCES)[number];
export type Viewer = "SELF" | "STAFF" | "ALUMNI";

export const PROFILE_FIELDS = [
  "nameKana", "nameRomaji", "department", "joinedOn", "leftOn", "currentCompany", "currentTitle", "industry",
  "location", "skills", "interests", "bio", "linkedinUrl", "openToReturn", "avatar",
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export const DEFAULT_VISIBILITY: Record<ProfileField, Audience> = {
  nameKana: "ALUMNI",
  nameRomaji: "ALUMNI",
  department: "ALUMNI",
  joinedOn: "ALUMNI",
  leftOn: "ALUMNI",
  currentCompany: "ALUMNI",
  currentTitle: "ALUMNI",
  industry: "ALUMNI",
  location: "ALUMNI",
  skills: "ALUMNI",
  interests: "ALUMNI",
  bio: "ALUMNI",
  linkedinUrl: "ALUMNI",
  // Wanting to return is between the alumnus and the company.
  openToReturn: "STAFF",
  // A photo the alumnus chose to upload is for recognising each other, like their name.
  avatar: "ALUMNI",
};

export function audienceOf(field: ProfileField, visibility: unknown): Audience {
  const chosen = (visibility as Record<string, unknown> | null)?.[field];
  return (AUDIENCES as readonly unknown[]).includes(chosen) ? (chosen as Audience) : DEFAULT_VISIBILITY[field];
}

export function canSee(viewer: Viewer, audience: Audience): boolean {
  if (viewer === "SELF") {
    return true;
  }
  if (viewer === "STAFF") {
    return audience !== "PRIVATE";
  }
  return audience === "ALUMNI";
}

/** The profile with every field the viewer may not see removed. */
export function visibleTo<P extends Partial<Record<ProfileField, unknown>> & { visibility: unknown }>(
  profile: P,
  viewer: Viewer,
): Omit<P, "visibility" | ProfileField> & Partial<Pick<P, ProfileField & keyof P>> {
  const { visibility, ...rest } = profile;
  const result: Record<string, unknown> = { ...rest };
  for (const field of PROFILE_FIELDS) {
    if (field in result && !canSee(viewer, audienceOf(field, visibility))) {
      delete result[field];
    }
  }
  return result as never;
}
