import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { fromLocalDateTime } from "@/lib/time/zoned";
import { countRecipients } from "./audience";
import { isBroadcastCategory } from "./categories";
import type { BroadcastForm } from "./schema";
import { startBroadcast } from "./start";

export type SaveOutcome =
  | { ok: true; id: string }
  | { ok: false; reason: "notFound" | "notDraft" | "unknownCategory" | "unknownSegment" | "badSchedule" | "scheduleInPast" | "forbidden" | "emptyAudience" };

// A schedule must leave time to change one's mind, and the release job runs every minute.
const MIN_LEAD_MS = 2 * 60_000;

/**
 * Saves an announcement as a draft (new or edited), then does what the button asked: nothing more, schedule it,
 * or start sending. Only drafts can be edited; a scheduled one is taken back to a draft first.
 */
export async function saveBroadcast(context: TenantContext, form: BroadcastForm, now = new Date()): Promise<SaveOutcome> {
  const checked = await checkBroadcast(context, form, now);
  return checked.ok ? db.$transaction((tx) => writeBroadcast(tx, context, form, checked.scheduledAt, now)) : checked;
}

/** What saving needs settled before it writes: permission, category, segment, audience and schedule. */
export async function checkBroadcast(context: TenantContext, form: BroadcastForm, now = new Date()): Promise<{ ok: true; scheduledAt: Date | null } | Extract<SaveOutcome, { ok: false }>> {
  const tenantId = context.tenant.id;
  const sending = form.intent === "schedule" || form.intent === "send";
  if (sending && !context.permissions.has("broadcast.send")) {
    return { ok: false, reason: "forbidden" };
  }
  if (!(await isBroadcastCategory(tenantId, form.category))) {
    return { ok: false, reason: "unknownCategory" };
  }
  if (form.segmentId && !(await db.segment.count({ where: { id: form.segmentId, tenantId } }))) {
    return { ok: false, reason: "unknownSegment" };
  }
  if (form.intent === "send") {
    const count = await countRecipients(tenantId, context.tenant.timezone, form, form.category);
    if (!count?.members) {
      return { ok: false, reason: "emptyAudience" };
    }
  }
  let scheduledAt: Date | null = null;
  if (form.intent === "schedule") {
    scheduledAt = form.scheduledAt ? fromLocalDateTime(form.scheduledAt, context.tenant.timezone) : null;
    if (!scheduledAt) {
      return { ok: false, reason: "badSchedule" };
    }
    if (scheduledAt.getTime() < now.getTime() + MIN_LEAD_MS) {
      return { ok: false, reason: "scheduleInPast" };
    }
  }
  return { ok: true, scheduledAt };
}

/** Writes a checked announcement in the caller's transaction, then schedules or starts it as asked. */
export async function writeBroadcast(tx: Tx, context: TenantContext, form: BroadcastForm, scheduledAt: Date | null, now = new Date()): Promise<SaveOutcome> {
  const tenantId = context.tenant.id;
  const content = {
    category: form.category,
    subjectJa: form.subjectJa,
    bodyJa: form.bodyJa,
    subjectEn: form.subjectEn,
    bodyEn: form.bodyEn,
    audience: form.audience,
    segmentId: form.segmentId,
    filters: form.filters ?? Prisma.DbNull,
  };
  let id = form.id;
  if (id) {
    const { count } = await tx.broadcast.updateMany({ where: { id, tenantId, status: "DRAFT" }, data: content });
    if (count === 0) {
      const exists = await tx.broadcast.count({ where: { id, tenantId } });
      return { ok: false, reason: exists ? "notDraft" : "notFound" } as const;
    }
  } else {
    id = (await tx.broadcast.create({ data: { ...content, tenantId, createdById: context.userId }, select: { id: true } })).id;
  }
  const subject = form.subjectJa ?? form.subjectEn;
  const actor = { tenantId, userId: context.userId };
  if (form.intent === "schedule") {
    await tx.broadcast.update({ where: { id }, data: { status: "SCHEDULED", scheduledAt, sentById: context.userId } });
    await recordAudit(tx, actor, [{ action: "broadcast.schedule", details: { broadcastId: id, subject, scheduledFor: scheduledAt!.toISOString() } }]);
  }
  if (form.intent === "send") {
    await startBroadcast(tx, tenantId, id, context.userId, now);
    await recordAudit(tx, actor, [{ action: "broadcast.send", details: { broadcastId: id, subject } }]);
  }
  return { ok: true, id } as const;
}

/** Takes a scheduled announcement back to a draft (nothing was sent); false when it is not scheduled any more. */
export async function unscheduleBroadcast(context: TenantContext, broadcastId: string): Promise<boolean> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const { count } = await tx.broadcast.updateMany({ where: { id: broadcastId, tenantId, status: "SCHEDULED" }, data: { status: "DRAFT", scheduledAt: null } });
    if (count) {
      await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "broadcast.unschedule", details: { broadcastId } }]);
    }
    return count > 0;
  });
}

/** Deletes a draft; anything scheduled or sent stays (it is a record of what the company told its alumni). */
export async function deleteDraftBroadcast(context: TenantContext, broadcastId: string): Promise<boolean> {
  const { count } = await db.broadcast.deleteMany({ where: { id: broadcastId, tenantId: context.tenant.id, status: "DRAFT" } });
  return count > 0;
}
