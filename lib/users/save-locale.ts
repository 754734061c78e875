import "server-only";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/config";

export async function saveUserLocale(userId: string, locale: AppLocale): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale } });
}
