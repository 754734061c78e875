import { startBroadcast } from "@/lib/broadcasts/start";
import { db } from "@/lib/db";
import type { BroadcastAudience, Locale } from "@/lib/generated/prisma/enums";
import { createMember } from "./factories";

type BroadcastInput = {
  category?: string;
  ja?: { subject: string; body: string } | null;
  en?: { subject: string; body: string } | null;
  audience?: BroadcastAudience;
  segmentId?: string | null;
  filters?: object;
};

/** A draft announcement (bilingual news to everyone unless told otherwise). */
export async function createBroadcast(tenantId: string, input: BroadcastInput = {}) {
  const ja = input.ja === undefined ? { subject: "新オフィス開設のお知らせ", body: "# 大阪オフィス\n\n**4月**に開設します。[詳しくはこちら](https://example.com/osaka)" } : input.ja;
  const en = input.en === undefined ? { subject: "Our new office", body: "# Osaka office\n\nOpening in **April**. [Details](https://example.com/osaka)" } : input.en;
  return db.broadcast.create({
    data: {
      tenantId,
      category: input.category ?? "news",
      subjectJa: ja?.subject ?? null,
      bodyJa: ja?.body ?? null,
      subjectEn: en?.subject ?? null,
      bodyEn: en?.body ?? null,
      audience: input.audience ?? "EVERYONE",
      segmentId: input.segmentId ?? null,
      filters: input.filters,
    },
  });
}

/** Starts the announcement as the admin's "send now" does (SENDING, fan-out job queued). */
export async function startNow(tenantId: string, broadcastId: string): Promise<void> {
  await db.$transaction((tx) => startBroadcast(tx, tenantId, broadcastId, null));
}

/** An active alumnus with an account language (null: the company's default). */
export async function createAlumnusWithLocale(tenantId: string, locale: Locale | null, email?: string) {
  const { user, membership } = await createMember(tenantId, "ALUMNI");
  const updated = await db.user.update({ where: { id: user.id }, data: { locale, ...(email ? { email } : {}) } });
  return { user: updated, membership };
}

/** Many active alumni at once, set-based (addresses bulk-{tag}-{n}@example.com). */
export async function createManyAlumni(tenantId: string, count: number, tag: string): Promise<void> {
  await db.$executeRaw`
    WITH u AS (
      INSERT INTO "User" (id, email, name, "createdAt", "updatedAt")
      SELECT ${tag} || '-u' || g, 'bulk-' || ${tag} || '-' || g || '@example.com', '一括 ' || g, now(), now() FROM generate_series(1, ${count}::int) g
      RETURNING id
    )
    INSERT INTO "Membership" (id, "tenantId", "userId", role, status, "createdAt", "updatedAt")
    SELECT id || '-m', ${tenantId}, id, 'ALUMNI', 'ACTIVE', now(), now() FROM u`;
}
