import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { ALL_CATEGORIES, EMAIL_CATEGORIES, type EmailCategory } from "./categories";
import { isSuppressed } from "./suppressions";

export type EmailPreferences = { all: boolean; categories: Record<EmailCategory, boolean> };

function fromRows(rows: { category: string; enabled: boolean }[]): EmailPreferences {
  const off = new Set(rows.filter((r) => !r.enabled).map((r) => r.category));
  return {
    all: !off.has(ALL_CATEGORIES),
    categories: Object.fromEntries(EMAIL_CATEGORIES.map((c) => [c, !off.has(c)])) as Record<EmailCategory, boolean>,
  };
}

/**
 * Whether a company may send this member mail of this category: the member and the company are active, their address has not
 * bounced or complained, and they turned off neither this company's mail nor the category. Every sender of
 * non-account mail asks this first; account mail (sign-in, invitations, decisions) never does.
 */
export async function mayEmail(tenantId: string, membershipId: string, category: EmailCategory): Promise<boolean> {
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

/** The signed-in member's own preferences in this company. */
export async function getEmailPreferences(context: TenantContext): Promise<EmailPreferences> {
  const rows = await db.emailPreference.findMany({
    where: { tenantId: context.tenant.id, membershipId: context.membership.id },
    select: { category: true, enabled: true },
  });
  return fromRows(rows);
}

/** Every company's preferences of one person, for the account page and the data export. */
export async function emailPreferencesOf(userId: string) {
  const memberships = await db.membership.findMany({
    where: { userId, status: "ACTIVE", tenant: { status: "ACTIVE" } },
    orderBy: { createdAt: "asc" },
    select: { tenant: { select: { slug: true, name: true, nameEn: true } }, emailPrefs: { select: { category: true, enabled: true } } },
  });
  return memberships.map((m) => ({ tenant: m.tenant, preferences: fromRows(m.emailPrefs) }));
}

/** Saves the member's choices for this company, one row per category (and the master switch). */
export async function saveEmailPreferences(context: TenantContext, preferences: EmailPreferences): Promise<void> {
  const tenantId = context.tenant.id;
  const membershipId = context.membership.id;
  const choices: [string, boolean][] = [[ALL_CATEGORIES, preferences.all], ...EMAIL_CATEGORIES.map((c): [string, boolean] => [c, preferences.categories[c]])];
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
