import "server-only";
import { db } from "@/lib/db";

/**
 * The company's message to its alumni on its landing page, in the visitor's language when the company wrote one
 * in it, else in the other; null when it wrote none (written in the guided setup's first-message step).
 */
export async function welcomeMessage(tenantId: string, locale: string): Promise<{ text: string; lang: "ja" | "en" } | null> {
  const tenant = await db.tenant.findUnique({ where: { id: tenantId }, select: { welcomeMessageJa: true, welcomeMessageEn: true } });
  const ja = tenant?.welcomeMessageJa ? { text: tenant.welcomeMessageJa, lang: "ja" as const } : null;
  const en = tenant?.welcomeMessageEn ? { text: tenant.welcomeMessageEn, lang: "en" as const } : null;
  return locale === "en" ? (en ?? ja) : (ja ?? en);
}
