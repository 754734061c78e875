// What a company may mail its members about, each of which a member can turn off (per company). Account and
// security mail (sign-in links, invitations, approval decisions, address changes) is not here: it always goes.
// Broadcasts (#5) will let a company add its own categories; those are strings too, stored the same way.
export const EMAIL_CATEGORIES = ["news", "events", "opportunities", "messages"] as const;

export type EmailCategory = (typeof EMAIL_CATEGORIES)[number];

/** The master switch's row: off means no mail from this company except account mail. */
export const ALL_CATEGORIES = "all";

export function isEmailCategory(value: unknown): value is EmailCategory {
  return typeof value === "string" && (EMAIL_CATEGORIES as readonly string[]).includes(value);
}
