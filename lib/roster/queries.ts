import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/resolve";

export const ROSTER_PAGE_SIZE = 50;

const listSelect = {
  id: true, employeeNumber: true, email: true, name: true, nameKana: true, department: true, joinedOn: true, leftOn: true,
  membershipId: true,
} as const;

const latestInvitation = { orderBy: { createdAt: "desc" }, take: 1, select: { status: true, expiresAt: true, scheduledFor: true } } as const;

function searchWhere(context: TenantContext, q?: string): Prisma.RosterEntryWhereInput {
  const term = q?.trim();
  return {
    tenantId: context.tenant.id,
    ...(term
      ? { OR: ["name", "nameKana", "email", "employeeNumber", "department"].map((field) => ({ [field]: { contains: term, mode: "insensitive" } })) }
      : {}),
  };
}

/** One page of the roster, most recent leavers first, continuing after `after` (an entry id): keyset, so pages never shift. */
export async function listRoster(context: TenantContext, options: { q?: string; after?: string } = {}) {
  const entries = await db.rosterEntry.findMany({
    where: searchWhere(context, options.q),
    orderBy: [{ leftOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: ROSTER_PAGE_SIZE + 1,
    ...(options.after ? { cursor: { id: options.after, tenantId: context.tenant.id }, skip: 1 } : {}),
    select: { ...listSelect, invitations: latestInvitation },
  });
  const more = entries.length > ROSTER_PAGE_SIZE;
  return { entries: entries.slice(0, ROSTER_PAGE_SIZE), nextAfter: more ? entries[ROSTER_PAGE_SIZE - 1]!.id : null };
}

/** Roster size, how many have joined, and how many match the search: the registration rate's parts. */
export async function rosterCounts(context: TenantContext, q?: string) {
  const [total, joined, matching] = await Promise.all([
    db.rosterEntry.count({ where: { tenantId: context.tenant.id } }),
    db.rosterEntry.count({ where: { tenantId: context.tenant.id, membershipId: { not: null } } }),
    q?.trim() ? db.rosterEntry.count({ where: searchWhere(context, q) }) : Promise.resolve(null),
  ]);
  return { total, joined, matching };
}

export async function getRosterEntry(context: TenantContext, id: string) {
  return db.rosterEntry.findFirst({
    where: { id, tenantId: context.tenant.id },
    select: {
      ...listSelect,
      tags: true,
      createdAt: true,
      updatedAt: true,
      invitations: { orderBy: { createdAt: "desc" }, take: 10, select: { id: true, status: true, email: true, sentAt: true, expiresAt: true, scheduledFor: true, createdAt: true, bouncedAt: true, bounceReason: true } },
    },
  });
}

export async function getRosterImport(context: TenantContext, id: string) {
  return db.rosterImport.findFirst({ where: { id, tenantId: context.tenant.id } });
}

/** The whole roster for export, in batches so memory stays flat. */
export async function* rosterForExport(context: TenantContext) {
  let after: string | undefined;
  for (;;) {
    const batch = await db.rosterEntry.findMany({
      where: { tenantId: context.tenant.id },
      orderBy: { id: "asc" },
      take: 2000,
      ...(after ? { cursor: { id: after, tenantId: context.tenant.id }, skip: 1 } : {}),
      select: { ...listSelect, tags: true },
    });
    if (batch.length === 0) {
      return;
    }
    yield batch;
    after = batch[batch.length - 1]!.id;
  }
}
