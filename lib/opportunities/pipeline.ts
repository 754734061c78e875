import "server-only";
import { db } from "@/lib/db";
import { queueStatusNotice } from "./status-notice";
import { STAFF_ROLES } from "@/lib/tenancy/permissions";
import type { TenantContext } from "@/lib/tenancy/resolve";
import type { MoveStage, PipelineStageName } from "./schema";

/** Untouched for more than the company's N days (Tenant.pipelineReminderDays): highlighted, and its owner reminded. */
export function isStale(lastActivityAt: Date, days: number, now = new Date()): boolean {
  return now.getTime() - lastActivityAt.getTime() > days * 86_400_000;
}

const itemSelect = {
  id: true, kind: true, note: true, stage: true, closedReason: true, ownerId: true, sharedStatus: true, hiredAt: true,
  lastActivityAt: true, createdAt: true,
  tenant: { select: { pipelineReminderDays: true } },
  posting: { select: { id: true, title: true, kind: true } },
  membership: { select: { id: true, user: { select: { email: true, name: true } }, profile: { select: { displayName: true, leftOn: true } } } },
} as const;

// Every caller of this module holds pipeline.read; the checks here are the tenant scope and "not withdrawn".

/** Every standing interest of the company (withdrawn ones are off the board), optionally of one posting. */
export async function listPipeline(context: TenantContext, filter: { postingId?: string } = {}) {
  const rows = await db.interest.findMany({
    where: { tenantId: context.tenant.id, withdrawnAt: null, ...(filter.postingId ? { postingId: filter.postingId } : {}) },
    orderBy: { lastActivityAt: "asc" },
    select: itemSelect,
  });
  return rows.map(toItem);
}

function toItem(row: Awaited<ReturnType<typeof loadItem>> & object) {
  const { membership, tenant, ...rest } = row;
  return {
    ...rest,
    membershipId: membership.id,
    name: membership.profile?.displayName ?? membership.user.name ?? membership.user.email,
    email: membership.user.email,
    leftOn: membership.profile?.leftOn ?? null,
    stale: !["HIRED", "CLOSED"].includes(row.stage) && isStale(row.lastActivityAt, tenant.pipelineReminderDays),
  };
}

function loadItem(tenantId: string, interestId: string) {
  return db.interest.findFirst({ where: { id: interestId, tenantId, withdrawnAt: null }, select: itemSelect });
}

export type PipelineItem = ReturnType<typeof toItem>;

/** One interest with its history, or null (another company's, withdrawn, unknown). */
export async function getPipelineItem(context: TenantContext, interestId: string) {
  const row = await loadItem(context.tenant.id, interestId);
  if (!row) {
    return null;
  }
  const history = await db.interestEvent.findMany({
    where: { tenantId: context.tenant.id, interestId },
    orderBy: { createdAt: "desc" },
    select: { id: true, action: true, fromStage: true, toStage: true, note: true, actorId: true, createdAt: true },
  });
  const names = await staffNames(context, history.map((h) => h.actorId).filter((id): id is string => !!id));
  return { item: toItem(row), history: history.map((h) => ({ ...h, actor: h.actorId ? (names.get(h.actorId) ?? null) : null })) };
}

/** Staff of the company who may own pipeline items: id → display name. */
export async function staffNames(context: TenantContext, only?: string[]): Promise<Map<string, string>> {
  const staff = await db.membership.findMany({
    where: { tenantId: context.tenant.id, ...(only ? { id: { in: only } } : { role: { in: [...STAFF_ROLES] }, status: "ACTIVE" }) },
    select: { id: true, user: { select: { name: true, email: true } }, profile: { select: { displayName: true } } },
  });
  return new Map(staff.map((s) => [s.id, s.profile?.displayName ?? s.user.name ?? s.user.email]));
}

/**
 * Moves an interest to a stage with a note (and the shared status the alumnus sees), recording the change in its
 * history in the same transaction. HIRED records the return date; leaving HIRED clears it. A new shared status is
 * mailed to the alumnus (queued in the same transaction, so the change and its mail commit together). Null: no such
 * item.
 */
export async function moveStage(context: TenantContext, move: MoveStage): Promise<boolean | null> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const current = await tx.interest.findFirst({ where: { id: move.interestId, tenantId, withdrawnAt: null }, select: { stage: true, sharedStatus: true } });
    if (!current) {
      return null;
    }
    const stage: PipelineStageName = move.stage;
    const sharedStatus = move.sharedStatus !== undefined ? move.sharedStatus || null : current.sharedStatus;
    await tx.interest.update({
      where: { tenantId_id: { tenantId, id: move.interestId } },
      data: {
        stage,
        closedReason: stage === "CLOSED" ? move.closedReason : null,
        hiredAt: stage === "HIRED" ? new Date(`${move.hiredOn}T00:00:00Z`) : null,
        sharedStatus,
        lastActivityAt: new Date(),
      },
    });
    const moved = current.stage !== stage;
    const event = await tx.interestEvent.create({
      data: { tenantId, interestId: move.interestId, action: moved ? "MOVED" : "NOTE", fromStage: moved ? current.stage : null, toStage: moved ? stage : null, note: move.note ?? (stage === "CLOSED" ? move.closedReason : null), actorId: context.membership.id },
      select: { id: true },
    });
    if (sharedStatus && sharedStatus !== current.sharedStatus) {
      await queueStatusNotice(tx, { tenantId, interestId: move.interestId, eventId: event.id, status: sharedStatus });
    }
    return true;
  });
}

/** Gives an item to a staff member (or nobody). Null: no such item; false: not a staff member of this company. */
export async function setOwner(context: TenantContext, interestId: string, ownerId: string | null): Promise<boolean | null> {
  const tenantId = context.tenant.id;
  // The item first: someone holding another company's id learns nothing from the owner check.
  if (!(await db.interest.count({ where: { id: interestId, tenantId, withdrawnAt: null } }))) {
    return null;
  }
  if (ownerId && !(await db.membership.count({ where: { id: ownerId, tenantId, role: { in: [...STAFF_ROLES] }, status: "ACTIVE" } }))) {
    return false;
  }
  return db.$transaction(async (tx) => {
    const updated = await tx.interest.updateMany({ where: { id: interestId, tenantId, withdrawnAt: null }, data: { ownerId, lastActivityAt: new Date() } });
    if (!updated.count) {
      return null;
    }
    await tx.interestEvent.create({ data: { tenantId, interestId, action: "OWNER", note: ownerId, actorId: context.membership.id } });
    return true;
  });
}
