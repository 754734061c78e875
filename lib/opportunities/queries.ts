import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { canSeePosting, visiblePostingsWhere } from "./audience";
import type { PostingKindName } from "./schema";

const postingSelect = {
  id: true, kind: true, title: true, description: true, department: true, location: true, remote: true, terms: true,
  contactPerson: true, segmentId: true, status: true, closesAt: true, openedAt: true, createdAt: true, tenantId: true,
} as const;

/** Every posting of the company for staff, newest first, with how many active interests and pending referrals. */
export async function listPostingsForAdmin(context: TenantContext) {
  const tenantId = context.tenant.id;
  const postings = await db.posting.findMany({
    where: { tenantId },
    orderBy: { createdAt: "desc" },
    select: {
      ...postingSelect,
      _count: { select: { interests: { where: { withdrawnAt: null } }, referrals: { where: { status: "PENDING" } } } },
    },
  });
  return postings.map(({ _count, ...p }) => ({ ...p, interests: _count.interests, pendingReferrals: _count.referrals }));
}

export function getPostingForAdmin(context: TenantContext, postingId: string) {
  return db.posting.findFirst({ where: { id: postingId, tenantId: context.tenant.id }, select: postingSelect });
}

/** Postings this member may see, open ones first, optionally of one kind, with their own active interest. */
export async function listPostingsForMember(context: TenantContext, kind?: PostingKindName) {
  const where = await visiblePostingsWhere(context);
  const postings = await db.posting.findMany({
    where: { ...where, ...(kind ? { kind } : {}) },
    orderBy: [{ status: "asc" }, { openedAt: "desc" }, { createdAt: "desc" }],
    select: { ...postingSelect, interests: { where: { membershipId: context.membership.id, withdrawnAt: null }, select: { id: true } } },
  });
  return postings.map(({ interests, ...p }) => ({ ...p, interestId: interests[0]?.id ?? null }));
}

/** One posting for this member, or null when they may not see it (another company's, a draft, another segment's). */
export async function getPostingForMember(context: TenantContext, postingId: string) {
  const posting = await db.posting.findFirst({
    where: { id: postingId, tenantId: context.tenant.id },
    select: { ...postingSelect, interests: { where: { membershipId: context.membership.id, withdrawnAt: null }, select: { id: true, note: true, sharedStatus: true } } },
  });
  if (!posting || !(await canSeePosting(context, posting))) {
    return null;
  }
  const { interests, ...rest } = posting;
  return { ...rest, myInterest: interests[0] ?? null };
}

export type MemberPosting = NonNullable<Awaited<ReturnType<typeof getPostingForMember>>>;
