import "server-only";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { tenantEmailBranding, type TenantEmailBranding } from "@/lib/email/tenant-branding";

/** What the email of an announcement is made of: its texts per language and the company's name and colour. */
export type BroadcastContent = {
  id: string;
  tenantId: string;
  status: string;
  category: string;
  updatedAt: Date;
  texts: Partial<Record<AppLocale, { subject: string; body: string }>>;
  tenant: { slug: string; name: string; nameEn: string | null };
  /** The company's logo, colour, sender name and Reply-To (decisions/030). */
  brand: TenantEmailBranding | null;
  /** The category's name in each language (the built-in ones from the messages, a company's own as it named it). */
  categoryNames: Record<AppLocale, string>;
};

const BUILT_IN_NAMES = ["news", "events", "opportunities", "messages"] as const;

function builtInName(locale: AppLocale, key: string): string | null {
  if (!(BUILT_IN_NAMES as readonly string[]).includes(key)) {
    return null;
  }
  return translatorFor(locale, "emailPreferences")(`categories.${key as (typeof BUILT_IN_NAMES)[number]}`);
}

/** The announcement as its emails need it, scoped by company; null when there is no such announcement. */
export async function loadBroadcastContent(tenantId: string, broadcastId: string): Promise<BroadcastContent | null> {
  const b = await db.broadcast.findFirst({
    where: { id: broadcastId, tenantId },
    select: {
      id: true, tenantId: true, status: true, category: true, updatedAt: true, subjectJa: true, bodyJa: true, subjectEn: true, bodyEn: true,
      tenant: { select: { slug: true, name: true, nameEn: true } },
    },
  });
  if (!b) {
    return null;
  }
  const brand = await tenantEmailBranding(tenantId);
  const own = builtInName("ja", b.category) ? null : await db.broadcastCategory.findFirst({ where: { tenantId, key: b.category }, select: { nameJa: true, nameEn: true } });
  const texts: BroadcastContent["texts"] = {};
  if (b.subjectJa && b.bodyJa) {
    texts.ja = { subject: b.subjectJa, body: b.bodyJa };
  }
  if (b.subjectEn && b.bodyEn) {
    texts.en = { subject: b.subjectEn, body: b.bodyEn };
  }
  return {
    id: b.id, tenantId: b.tenantId, status: b.status, category: b.category, updatedAt: b.updatedAt, texts, tenant: b.tenant, brand,
    categoryNames: {
      ja: builtInName("ja", b.category) ?? own?.nameJa ?? b.category,
      en: builtInName("en", b.category) ?? own?.nameEn ?? b.category,
    },
  };
}

/** The languages the announcement is written in (Japanese first). */
export function languagesOf(content: Pick<BroadcastContent, "texts">): AppLocale[] {
  return (["ja", "en"] as const).filter((locale) => content.texts[locale]);
}

/** The language a recipient reads it in: theirs when the announcement has it, else the other. */
export function contentLanguage(content: Pick<BroadcastContent, "texts">, locale: AppLocale): AppLocale {
  return content.texts[locale] ? locale : locale === "ja" ? "en" : "ja";
}
