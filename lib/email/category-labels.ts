import { EMAIL_CATEGORIES, isEmailCategory } from "./categories";
import type { OwnCategory } from "./preferences";

type Translate = (key: `categories.${(typeof EMAIL_CATEGORIES)[number]}`) => string;

/** A category's name for people: the catalog's for built-in ones, the company's own in the reader's language. */
export function categoryLabel(key: string, own: readonly OwnCategory[], locale: string, t: Translate): string {
  if (isEmailCategory(key)) {
    return t(`categories.${key}`);
  }
  const mine = own.find((c) => c.key === key);
  return mine ? (locale === "en" ? mine.nameEn : mine.nameJa) : key;
}

/** The preference form's rows: every category the company has, labelled, with the member's choice. */
export function preferenceRows(categories: Record<string, boolean>, own: readonly OwnCategory[], locale: string, t: Translate) {
  return Object.entries(categories).map(([key, enabled]) => ({ key, enabled, label: categoryLabel(key, own, locale, t) }));
}
