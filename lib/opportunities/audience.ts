import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isInSegment } from "@/lib/segments/audience";
import type { TenantContext } from "@/lib/tenancy/resolve";

// Who may see a posting: the one place that decides it, like events (decisions/012). A posting is for everyone in
// the company or for the members of a saved segment, decided when asked. Every list, page, interest and referral
// goes through these two functions.

async function segmentsOfViewer(context: TenantContext): Promise<string[]> {
  const tenantId = context.tenant.id;
  const aimed = await db.posting.findMany({ where: { tenantId, segmentId: { not: null } }, distinct: ["segmentId"], select: { segmentId: true } });
  const checks = await Promise.all(aimed.map(async ({ segmentId }) => ((await isInSegment(tenantId, segmentId!, context.membership.id)) ? segmentId! : null)));
  return checks.filter((id): id is string => id !== null);
}

/** Postings this member may see: open or closed ones for everyone or a segment they are in (never drafts). */
export async function visiblePostingsWhere(context: TenantContext): Promise<Prisma.PostingWhereInput> {
  const mine = await segmentsOfViewer(context);
  return { tenantId: context.tenant.id, status: { in: ["OPEN", "CLOSED"] }, OR: [{ segmentId: null }, { segmentId: { in: mine } }] };
}

/** Whether this member may see this posting (its row, already scoped to the tenant). */
export async function canSeePosting(context: TenantContext, posting: { tenantId: string; status: string; segmentId: string | null }): Promise<boolean> {
  if (posting.tenantId !== context.tenant.id || posting.status === "DRAFT") {
    return false;
  }
  return !posting.segmentId || isInSegment(context.tenant.id, posting.segmentId, context.membership.id);
}

/** Whether a posting still takes interest and referrals: open, and not past its close date. */
export function isTakingInterest(posting: { status: string; closesAt: Date | null }, now = new Date()): boolean {
  return posting.status === "OPEN" && (!posting.closesAt || posting.closesAt > now);
}
