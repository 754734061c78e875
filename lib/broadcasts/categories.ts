import "server-only";
import { db } from "@/lib/db";
import { ownCategories } from "@/lib/email/preferences";

// What an announcement can be about. The built-in kinds are email categories every company has (their names are
// in the messages); a company adds its own (BroadcastCategory) with names in both languages. Each is a category
// members can turn off in their email preferences.
export const BUILT_IN_BROADCAST_CATEGORIES = ["news", "events", "opportunities"] as const;

export type BroadcastCategoryOption = { key: string; builtIn: true } | { key: string; builtIn: false; nameJa: string; nameEn: string };

/** The company's announcement categories: the built-in ones first, then its own in the order they were added. */
export async function broadcastCategories(tenantId: string): Promise<BroadcastCategoryOption[]> {
  const own = await ownCategories(tenantId);
  return [...BUILT_IN_BROADCAST_CATEGORIES.map((key) => ({ key, builtIn: true as const })), ...own.map((c) => ({ ...c, builtIn: false as const }))];
}

/** Whether the company can send announcements of this category (a built-in one or one of its own). */
export async function isBroadcastCategory(tenantId: string, key: string): Promise<boolean> {
  if ((BUILT_IN_BROADCAST_CATEGORIES as readonly string[]).includes(key)) {
    return true;
  }
  return (await db.broadcastCategory.count({ where: { tenantId, key } })) > 0;
}
