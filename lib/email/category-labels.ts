import { DIGESTIBLE_CATEGORIES, EMAIL_CATEGORIES, isEmailCategory, STAFF_EMAIL_CATEGORIES } from "./categories";
import type { OwnCategory } from "./preferences";

type Translate = (key: `categories.${(typeof EMAIL_CATEGORIES)[number] | (typeof STAFF_EMAIL_CATEGORIES)[number]}`) => string;

/** A category's name for people: the catalog's for built-in ones, the company's own in the reader's language. */
export function categoryLabel(key: string, own: readonly OwnCategory[], locale: string, t: Translate): string {
  if (isEmailCategory(key)) {
    return t(`categories.${key}`);
  }
  const mine = own.find((c) => c.key === key);
  return mine ? (locale === "en" ? mine.nameEn : mine.nameJa) : key;
}

export type PreferenceRow = { key: string; label: string; enabled: boolean; daily: boolean; digestible: boolean };

/**
 * The preference form's rows: every category the company has, labelled, with the member's choice; notification
 * categories also say whether their mail comes at once or as the daily digest.
 */
export function preferenceRows(preferences: { categories: Record<string, boolean>; daily: readonly string[] }, own: readonly OwnCategory[], locale: string, t: Translate): PreferenceRow[] {
  return Object.entries(preferences.categories).map(([key, enabled]) => ({
    key, enabled, label: categoryLabel(key, own, locale, t), daily: preferences.daily.includes(key), digestible: DIGESTIBLE_CATEGORIES.includes(key),
  }));
}
