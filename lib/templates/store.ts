import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/config";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { DEFAULT_TEMPLATES, TEMPLATE_KEYS, type TemplateKey } from "./catalog";
import type { TemplateInput } from "./schema";

export type ResolvedTemplate = { subject: string; body: string; edited: boolean; updatedAt: Date | null };

/** The wording a company uses for a template in a language: its own when it edited it, else Kizuna's default. */
export async function resolveTemplate(tenantId: string, key: TemplateKey, locale: AppLocale): Promise<ResolvedTemplate> {
  const own = await db.messageTemplate.findUnique({
    where: { tenantId_key_locale: { tenantId, key, locale } },
    select: { subject: true, body: true, updatedAt: true },
  });
  const fallback = DEFAULT_TEMPLATES[key][locale];
  return own
    ? { subject: own.subject ?? fallback.subject ?? "", body: own.body, edited: true, updatedAt: own.updatedAt }
    : { subject: fallback.subject ?? "", body: fallback.body, edited: false, updatedAt: null };
}

/** For the list: every key and language, edited or not, and when. */
export async function templateStates(context: TenantContext) {
  const rows = await db.messageTemplate.findMany({ where: { tenantId: context.tenant.id }, select: { key: true, locale: true, updatedAt: true } });
  return TEMPLATE_KEYS.map((key) => ({
    key,
    locales: (["ja", "en"] as const).map((locale) => {
      const row = rows.find((r) => r.key === key && r.locale === locale);
      return { locale, edited: Boolean(row), updatedAt: row?.updatedAt ?? null };
    }),
  }));
}

/** Saves the company's wording (validated by templateSchema), audited in the same transaction. */
export async function saveTemplate(context: TenantContext, input: TemplateInput): Promise<void> {
  const tenantId = context.tenant.id;
  await db.$transaction(async (tx) => {
    await tx.messageTemplate.upsert({
      where: { tenantId_key_locale: { tenantId, key: input.key, locale: input.locale } },
      create: { tenantId, key: input.key, locale: input.locale, subject: input.subject, body: input.body, updatedById: context.userId },
      update: { subject: input.subject, body: input.body, updatedById: context.userId },
    });
    await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "template.save", details: { template: input.key, locale: input.locale } }]);
  });
}

/** Back to Kizuna's default: the company's row goes. False when it had not edited this one. */
export async function resetTemplate(context: TenantContext, key: TemplateKey, locale: AppLocale): Promise<boolean> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const { count } = await tx.messageTemplate.deleteMany({ where: { tenantId, key, locale } });
    if (count) {
      await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "template.reset", details: { template: key, locale } }]);
    }
    return count > 0;
  });
}
