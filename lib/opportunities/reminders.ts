import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db";
import { isSuppressed } from "@/lib/email/suppressions";
import { sendEmail } from "@/lib/email/send-email";
import { NoticeEmail } from "@/lib/email/templates/notice-email";
import { env } from "@/lib/env";
import { isLocale, type AppLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { STAFF_ROLES } from "@/lib/tenancy/permissions";
import { tenantDisplayName } from "@/lib/tenancy/display";
import type { InterestKind } from "@/lib/generated/prisma/enums";
import type { PipelineStageName } from "./schema";

type StaleItem = { id: string; ownerId: string | null; stage: PipelineStageName; kind: InterestKind; lastActivityAt: Date; name: string; postingTitle: string | null };
type Digest = { membershipId: string; email: string; locale: AppLocale; items: StaleItem[] };

/**
 * The daily pipeline reminder: every open item (not hired, closed or withdrawn) nobody touched for the company's
 * N days (Tenant.pipelineReminderDays) is mailed to its owner — or, without an owner still on the staff, to every
 * staff member, since the board is shared — in one digest per person. Items are claimed (remindedAt) before the mail
 * goes, so a run that repeats or overlaps sends nothing twice, and the same item is reminded again only after
 * another N untouched days. A failed mail gives its items back for the next run: a colleague reminded twice beats
 * nobody reminded.
 */
export async function sendPipelineReminders(now = new Date()): Promise<{ sent: number; failed: number; items: number }> {
  const outcome = { sent: 0, failed: 0, items: 0 };
  const tenants = await db.$queryRaw<{ tenantId: string }[]>`
    SELECT DISTINCT i."tenantId" FROM "Interest" i JOIN "Tenant" t ON t.id = i."tenantId"
    WHERE t.status = 'ACTIVE' AND i."withdrawnAt" IS NULL AND i.stage NOT IN ('HIRED', 'CLOSED')
      AND i."lastActivityAt" < ${now}::timestamp - make_interval(days => t."pipelineReminderDays")`;
  for (const { tenantId } of tenants) {
    const result = await remindTenant(tenantId, now);
    outcome.sent += result.sent;
    outcome.failed += result.failed;
    outcome.items += result.items;
  }
  return outcome;
}

async function remindTenant(tenantId: string, now: Date) {
  const outcome = { sent: 0, failed: 0, items: 0 };
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { slug: true, name: true, nameEn: true, defaultLocale: true, pipelineReminderDays: true } });
  const cutoff = new Date(now.getTime() - tenant.pipelineReminderDays * 86_400_000);
  // The claim: only rows still stale and not reminded since the cutoff, so two runs cannot both take one.
  const claimed = await db.$queryRaw<{ id: string; previous: Date | null }[]>`
    UPDATE "Interest" i SET "remindedAt" = ${now}
    FROM "Interest" old
    WHERE old.id = i.id AND i."tenantId" = ${tenantId} AND i."withdrawnAt" IS NULL AND i.stage NOT IN ('HIRED', 'CLOSED')
      AND i."lastActivityAt" < ${cutoff} AND (i."remindedAt" IS NULL OR i."remindedAt" < ${cutoff})
    RETURNING i.id, old."remindedAt" AS previous`;
  if (!claimed.length) {
    return outcome;
  }
  outcome.items = claimed.length;
  const previous = new Map(claimed.map((c) => [c.id, c.previous]));
  const rows = await db.interest.findMany({
    where: { tenantId, id: { in: claimed.map((c) => c.id) } },
    orderBy: { lastActivityAt: "asc" },
    select: {
      id: true, ownerId: true, stage: true, kind: true, lastActivityAt: true,
      posting: { select: { title: true } },
      membership: { select: { user: { select: { name: true, email: true } }, profile: { select: { displayName: true } } } },
    },
  });
  const items: StaleItem[] = rows.map((r) => ({
    id: r.id, ownerId: r.ownerId, stage: r.stage, kind: r.kind, lastActivityAt: r.lastActivityAt,
    name: r.membership.profile?.displayName ?? r.membership.user.name ?? r.membership.user.email,
    postingTitle: r.posting?.title ?? null,
  }));
  const fallback: AppLocale = isLocale(tenant.defaultLocale) ? tenant.defaultLocale : "ja";
  for (const digest of await digestsOf(tenantId, items, fallback)) {
    try {
      if (await isSuppressed(digest.email)) {
        continue;
      }
      await sendEmail({ to: digest.email, ...composeDigest(tenant, digest, now), tenantId, tag: "pipeline-reminder" });
      outcome.sent++;
    } catch (error) {
      outcome.failed++;
      for (const item of digest.items) {
        await db.interest.updateMany({ where: { id: item.id, tenantId, remindedAt: now }, data: { remindedAt: previous.get(item.id) ?? null } });
      }
      console.error(`Pipeline reminder to staff ${digest.membershipId} not sent:`, error);
    }
  }
  return outcome;
}

/** Each staff member's items: their own, plus every item whose owner is not (or no longer) on the active staff. */
async function digestsOf(tenantId: string, items: StaleItem[], fallback: AppLocale): Promise<Digest[]> {
  const staff = await db.membership.findMany({
    where: { tenantId, role: { in: [...STAFF_ROLES] }, status: "ACTIVE" },
    orderBy: { createdAt: "asc" },
    select: { id: true, user: { select: { email: true, locale: true } } },
  });
  const onStaff = new Set(staff.map((s) => s.id));
  const shared = items.filter((i) => !i.ownerId || !onStaff.has(i.ownerId));
  return staff
    .map((s) => ({
      membershipId: s.id,
      email: s.user.email,
      locale: isLocale(s.user.locale) ? s.user.locale : fallback,
      items: items.filter((i) => i.ownerId === s.id || shared.includes(i)),
    }))
    .filter((d) => d.items.length > 0);
}

function composeDigest(tenant: { slug: string; name: string; nameEn: string | null; pipelineReminderDays: number }, digest: Digest, now: Date) {
  const t = translatorFor(digest.locale, "pipeline");
  const company = tenantDisplayName(tenant, digest.locale);
  const base = `${env().AUTH_URL ?? "http://localhost:3000"}/${tenant.slug}/admin/pipeline`;
  const lines = digest.items.map((item) =>
    t("reminder.item", {
      name: item.name,
      subject: item.postingTitle ?? t(`kind.${item.kind}`),
      stage: t(`stage.${item.stage}`),
      days: Math.floor((now.getTime() - item.lastActivityAt.getTime()) / 86_400_000),
      url: `${base}/${item.id}`,
    }),
  );
  const values = { count: digest.items.length, days: tenant.pipelineReminderDays, company };
  return {
    subject: t("reminder.subject", values),
    react: createElement(NoticeEmail, {
      lang: digest.locale,
      brand: company,
      preview: t("reminder.preview", values),
      paragraphs: [t("reminder.body", values), ...lines],
      action: { label: t("reminder.open"), url: base, fallback: t("reminder.fallback") },
      footer: t("reminder.footer", values),
    }),
  };
}
