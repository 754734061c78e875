import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_PERMISSIONS } from "@/lib/tenancy/permissions";
import { ALL_CATEGORIES, DIGESTIBLE_CATEGORIES, EMAIL_CATEGORIES, STAFF_EMAIL_CATEGORIES, type EmailCategory } from "./categories";
import { isSuppressed } from "./suppressions";

// Keyed by category: the built-in ones and the company's own announcement categories (BroadcastCategory).
// `daily`: the notification categories (DIGESTIBLE_CATEGORIES) whose mail comes as one daily digest, not at once.
export type EmailPreferences = { all: boolean; categories: Record<string, boolean>; daily?: string[] };

type Row = { category: string; enabled: boolean; frequency: "IMMEDIATE" | "DAILY" };
const rowSelect = { category: true, enabled: true, frequency: true } as const;

/** Whether a role decides join requests, and so has the "approvals" category. */
const approves = (role: Role) => ROLE_PERMISSIONS[role].has("alumni.manage");

/** A company's own categories, with their names for the preference forms. */
export type OwnCategory = { key: string; nameJa: string; nameEn: string };

function categoryKeys(own: readonly { key: string }[], staff: boolean): string[] {
  return [...EMAIL_CATEGORIES, ...(staff ? STAFF_EMAIL_CATEGORIES : []), ...own.map((c) => c.key)];
}

function fromRows(rows: Row[], own: readonly { key: string }[] = [], staff = false): Required<EmailPreferences> {
  const off = new Set(rows.filter((r) => !r.enabled).map((r) => r.category));
  const keys = categoryKeys(own, staff);
  const daily = rows.filter((r) => r.frequency === "DAILY" && DIGESTIBLE_CATEGORIES.includes(r.category) && keys.includes(r.category)).map((r) => r.category);
  return { all: !off.has(ALL_CATEGORIES), categories: Object.fromEntries(keys.map((c) => [c, !off.has(c)])), daily };
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
export async function getPreferenceCentre(context: TenantContext): Promise<{ preferences: Required<EmailPreferences>; own: OwnCategory[] }> {
  const [rows, own] = await Promise.all([
    db.emailPreference.findMany({ where: { tenantId: context.tenant.id, membershipId: context.membership.id }, select: rowSelect }),
    ownCategories(context.tenant.id),
  ]);
  return { preferences: fromRows(rows, own, approves(context.membership.role)), own };
}

/** The signed-in member's own preferences in this company (its own categories included). */
export async function getEmailPreferences(context: TenantContext): Promise<Required<EmailPreferences>> {
  return (await getPreferenceCentre(context)).preferences;
}

/** Every company's preferences of one person, for the account page and the data export. */
export async function emailPreferencesOf(userId: string) {
  const memberships = await db.membership.findMany({
    where: { userId, status: "ACTIVE", tenant: { status: "ACTIVE" } },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      tenant: { select: { slug: true, name: true, nameEn: true, mailCategories: { orderBy: { createdAt: "asc" }, select: { key: true, nameJa: true, nameEn: true } } } },
      emailPrefs: { select: rowSelect },
    },
  });
  return memberships.map(({ role, tenant: { mailCategories, ...tenant }, emailPrefs }) => ({ tenant, own: mailCategories, preferences: fromRows(emailPrefs, mailCategories, approves(role)) }));
}

/**
 * Saves the member's choices for this company, one row per category it has (and the master switch); a category
 * missing from `preferences.categories` counts as off (an unticked box), an unknown key is ignored; a notification
 * category named in `daily` gets its mail as the daily digest, any other at once.
 */
export async function saveEmailPreferences(context: TenantContext, preferences: EmailPreferences): Promise<void> {
  const tenantId = context.tenant.id;
  const membershipId = context.membership.id;
  const keys = categoryKeys(await ownCategories(tenantId), approves(context.membership.role));
  const daily = new Set((preferences.daily ?? []).filter((c) => DIGESTIBLE_CATEGORIES.includes(c)));
  const choices: [string, boolean][] = [[ALL_CATEGORIES, preferences.all], ...keys.map((c): [string, boolean] => [c, preferences.categories[c] === true])];
  await db.$transaction(
    choices.map(([category, enabled]) => {
      const frequency = daily.has(category) ? ("DAILY" as const) : ("IMMEDIATE" as const);
      return db.emailPreference.upsert({
        where: { tenantId_membershipId_category: { tenantId, membershipId, category } },
        create: { tenantId, membershipId, category, enabled, frequency },
        update: { enabled, frequency },
      });
    }),
  );
}
