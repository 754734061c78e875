import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { ALL_CATEGORIES, EMAIL_CATEGORIES, type EmailCategory } from "./categories";
import { isSuppressed } from "./suppressions";

// Keyed by category: the built-in ones and the company's own announcement categories (BroadcastCategory).
export type EmailPreferences = { all: boolean; categories: Record<string, boolean> };

/** A company's own categories, with their names for the preference forms. */
export type OwnCategory = { key: string; nameJa: string; nameEn: string };

function fromRows(rows: { category: string; enabled: boolean }[], own: readonly { key: string }[] = []): EmailPreferences {
  const off = new Set(rows.filter((r) => !r.enabled).map((r) => r.category));
  const keys = [...EMAIL_CATEGORIES, ...own.map((c) => c.key)];
  return { all: !off.has(ALL_CATEGORIES), categories: Object.fromEntries(keys.map((c) => [c, !off.has(c)])) };
}

/** A company's own categories (BroadcastCategory), oldest first: the one query every list of categories uses. */
export const ownCategories = (tenantId: string): Promise<OwnCategory[]> =>
  db.broadcastCategory.findMany({ where: { tenantId }, orderBy: { createdAt: "asc" }, select: { key: true, nameJa: true, nameEn: true } });

/**
 * Whether a company may send this member mail of this category: the member and the company are active, their address has not
 * bounced or complained, and they turned off neither this company's mail nor the category. Every sender of
 * non-account mail asks this first; account mail (sign-in, invitations, decisions) never does.
 */
export async function mayEmail(tenantId: string, membershipId: string, category: EmailCategory | (string & {})): Promise<boolean> {
  // Scoped by the company asking: a membership id of another company finds nothing, as does a suspended company.
  const membership = await db.membership.findFirst({
    where: { id: membershipId, tenantId, status: "ACTIVE", tenant: { status: "ACTIVE" } },
    select: { user: { select: { email: true } } },
  });
  if (!membership) {
    return false;
  }
  const [rows, suppressed] = await Promise.all([
    db.emailPreference.findMany({ where: { tenantId, membershipId, category: { in: [ALL_CATEGORIES, category] } }, select: { category: true, enabled: true } }),
    isSuppressed(membership.user.email),
  ]);
  return !suppressed && rows.every((r) => r.enabled);
}

/** The member's preferences with the company's own categories named: the portal's preference centre. */
export async function getPreferenceCentre(context: TenantContext): Promise<{ preferences: EmailPreferences; own: OwnCategory[] }> {
  const [rows, own] = await Promise.all([
    db.emailPreference.findMany({ where: { tenantId: context.tenant.id, membershipId: context.membership.id }, select: { category: true, enabled: true } }),
    ownCategories(context.tenant.id),
  ]);
  return { preferences: fromRows(rows, own), own };
}

/** The signed-in member's own preferences in this company (its own categories included). */
export async function getEmailPreferences(context: TenantContext): Promise<EmailPreferences> {
  return (await getPreferenceCentre(context)).preferences;
}

/** Every company's preferences of one person, for the account page and the data export. */
export async function emailPreferencesOf(userId: string) {
  const memberships = await db.membership.findMany({
    where: { userId, status: "ACTIVE", tenant: { status: "ACTIVE" } },
    orderBy: { createdAt: "asc" },
    select: {
      tenant: { select: { slug: true, name: true, nameEn: true, mailCategories: { orderBy: { createdAt: "asc" }, select: { key: true, nameJa: true, nameEn: true } } } },
      emailPrefs: { select: { category: true, enabled: true } },
    },
  });
  return memberships.map(({ tenant: { mailCategories, ...tenant }, emailPrefs }) => ({ tenant, own: mailCategories, preferences: fromRows(emailPrefs, mailCategories) }));
}

/**
 * Saves the member's choices for this company, one row per category it has (and the master switch); a category
 * missing from `preferences.categories` counts as off (an unticked box), an unknown key is ignored.
 */
export async function saveEmailPreferences(context: TenantContext, preferences: EmailPreferences): Promise<void> {
  const tenantId = context.tenant.id;
  const membershipId = context.membership.id;
  const keys = [...EMAIL_CATEGORIES, ...(await ownCategories(tenantId)).map((c) => c.key)];
  const choices: [string, boolean][] = [[ALL_CATEGORIES, preferences.all], ...keys.map((c): [string, boolean] => [c, preferences.categories[c] === true])];
  await db.$transaction(
    choices.map(([category, enabled]) =>
      db.emailPreference.upsert({
        where: { tenantId_membershipId_category: { tenantId, membershipId, category } },
        create: { tenantId, membershipId, category, enabled },
        update: { enabled },
      }),
    ),
  );
}
