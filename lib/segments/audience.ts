import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { alumniRows, alumniWhere } from "@/lib/members/list";
import { readSegmentFilters, type SegmentFilters } from "./schema";

// Who is in a segment is decided when asked, from its filters over the alumni list as staff see it (private
// fields never count): broadcasts (#5) and events (#7) reach the people who match on the day they are sent.

/**
 * The ACTIVE memberships (alumni) matching these filters, as SQL selecting their ids: a segment's audience, an
 * announcement's ad-hoc filter, or with no filters every active alumnus of the company.
 */
export function filteredMembersSql(tenantId: string, filters: SegmentFilters, timeZone: string, only?: string): Prisma.Sql {
  const conditions = [
    // Only people who can be reached: active members (roster entries nobody joined from have no account).
    Prisma.sql`kind = 'member'`,
    Prisma.sql`state = 'active'`,
    ...alumniWhere(filters, timeZone),
    ...(only ? [Prisma.sql`id = ${only}`] : []),
  ];
  return Prisma.sql`SELECT id FROM (${alumniRows(tenantId)}) a WHERE ${Prisma.join(conditions, " AND ")}`;
}

async function audienceSql(tenantId: string, segmentId: string, only?: string): Promise<Prisma.Sql | null> {
  const segment = await db.segment.findFirst({
    where: { id: segmentId, tenantId },
    select: { filters: true, tenant: { select: { timezone: true } } },
  });
  return segment ? filteredMembersSql(tenantId, readSegmentFilters(segment.filters), segment.tenant.timezone, only) : null;
}

/** A saved segment's audience as SQL selecting membership ids, or null when the company has no such segment. */
export function segmentAudienceSql(tenantId: string, segmentId: string): Promise<Prisma.Sql | null> {
  return audienceSql(tenantId, segmentId);
}

/**
 * The ids of the ACTIVE memberships (alumni) in the segment today, or null when the tenant has no such segment.
 * Always scoped by tenantId: another company's segment id answers null.
 */
export async function segmentMemberIds(tenantId: string, segmentId: string): Promise<string[] | null> {
  const sql = await audienceSql(tenantId, segmentId);
  if (!sql) {
    return null;
  }
  const rows = await db.$queryRaw<{ id: string }[]>`${sql} ORDER BY id`;
  return rows.map((r) => r.id);
}

/** Whether this ACTIVE membership is in the segment today (false for an unknown segment or another tenant's). */
export async function isInSegment(tenantId: string, segmentId: string, membershipId: string): Promise<boolean> {
  const sql = await audienceSql(tenantId, segmentId, membershipId);
  if (!sql) {
    return false;
  }
  const rows = await db.$queryRaw<{ id: string }[]>`${sql}`;
  return rows.length > 0;
}
