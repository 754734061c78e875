import { DEFAULT_LOCALE, isLocale, LOCALES, type AppLocale } from "./config";

type Signals = {
  /** The signed-in user's saved choice. */
  userLocale?: string | null;
  /** The language switcher's choice, kept in a cookie (also for visitors). */
  cookieLocale?: string | null;
  acceptLanguage?: string | null;
  tenantDefault?: string | null;
};

/** The first supported language in an Accept-Language header, by quality. */
export function fromAcceptLanguage(header: string | null | undefined): AppLocale | null {
  if (!header) {
    return null;
  }
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag && !Number.isNaN(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    const match = LOCALES.find((locale) => locale === base);
    if (match) {
      return match;
    }
  }
  return null;
}

/** User setting, else the switcher's cookie, else Accept-Language, else the tenant's default, else Japanese. */
export function negotiateLocale(signals: Signals): AppLocale {
  if (isLocale(signals.userLocale)) {
    return signals.userLocale;
  }
  if (isLocale(signals.cookieLocale)) {
    return signals.cookieLocale;
  }
  return fromAcceptLanguage(signals.acceptLanguage) ?? (isLocale(signals.tenantDefault) ? signals.tenantDefault : DEFAULT_LOCALE);
}
