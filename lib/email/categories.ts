// What a company may mail its members about, each of which a member can turn off (per company). Account and
// security mail (sign-in links, invitations, approval decisions, address changes) is not here: it always goes.
// Broadcasts (#5) will let a company add its own categories; those are strings too, stored the same way.
// "messages" and "feed" (comments, mentions) are notification mail (decisions/024): at once or as a daily digest.
export const EMAIL_CATEGORIES = ["news", "events", "opportunities", "messages", "feed"] as const;

/** Categories only staff who approve join requests have: their notification mail about waiting requests. */
export const STAFF_EMAIL_CATEGORIES = ["approvals"] as const;

/** The categories whose mail a person may take at once or as one daily digest (notifications, decisions/024). */
export const DIGESTIBLE_CATEGORIES: readonly string[] = ["messages", "feed", "approvals"];

export type EmailCategory = (typeof EMAIL_CATEGORIES)[number];

/** The master switch's row: off means no mail from this company except account mail. */
export const ALL_CATEGORIES = "all";

export function isEmailCategory(value: unknown): value is EmailCategory | (typeof STAFF_EMAIL_CATEGORIES)[number] {
  return typeof value === "string" && ([...EMAIL_CATEGORIES, ...STAFF_EMAIL_CATEGORIES] as readonly string[]).includes(value);
}
