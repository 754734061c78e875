import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { inTransaction, jobQueue } from "@/lib/jobs/boss";
import { QUEUES, type SendReferralInviteJob } from "@/lib/jobs/queues";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { canSeePosting, isTakingInterest } from "./audience";

type Referred = { ok: true; id: string } | { ok: false; reason: "closed" | "alreadyReferred" | "self" } | null;

/**
 * An alumnus refers someone to a posting they can see. Nobody is emailed yet: HR decides first. A person is referred
 * to a posting once (by anyone: HR decides once, and nobody gets the same mail twice), and never by themselves.
 */
export async function createReferral(context: TenantContext, postingId: string, person: { name: string; email: string; note: string | null }): Promise<Referred> {
  const tenantId = context.tenant.id;
  const posting = await db.posting.findFirst({ where: { id: postingId, tenantId }, select: { tenantId: true, status: true, segmentId: true, closesAt: true } });
  if (!posting || !(await canSeePosting(context, posting))) {
    return null;
  }
  if (!isTakingInterest(posting)) {
    return { ok: false, reason: "closed" };
  }
  const self = await db.user.count({ where: { id: context.userId, email: { equals: person.email, mode: "insensitive" } } });
  if (self) {
    return { ok: false, reason: "self" };
  }
  try {
    const created = await db.referral.create({ data: { tenantId, postingId, referrerId: context.membership.id, ...person }, select: { id: true } });
    return { ok: true, id: created.id };
  } catch (error) {
    // The unique (tenant, posting, email) key: two referrals at once cannot both pass a check made first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, reason: "alreadyReferred" };
    }
    throw error;
  }
}

/**
 * HR accepts or declines a pending referral. Accepting queues the mail to the referred person in the same
 * transaction (decisions/006): the decision and its mail commit together. Null: no such pending referral.
 */
export async function decideReferral(context: TenantContext, referralId: string, decision: "ACCEPTED" | "DECLINED"): Promise<boolean | null> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const decided = await tx.referral.updateMany({
      where: { id: referralId, tenantId, status: "PENDING" },
      data: { status: decision, decidedAt: new Date(), decidedById: context.membership.id },
    });
    if (!decided.count) {
      return null;
    }
    if (decision === "ACCEPTED") {
      const boss = await jobQueue();
      const job: SendReferralInviteJob = { tenantId, referralId };
      await boss.send(QUEUES.sendReferralInvite, job, { db: inTransaction(tx) });
    }
    return true;
  });
}

/** Every referral of the company for staff, pending first. */
export async function listReferrals(context: TenantContext) {
  const rows = await db.referral.findMany({
    where: { tenantId: context.tenant.id },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    select: {
      id: true, name: true, email: true, note: true, status: true, createdAt: true, decidedAt: true,
      posting: { select: { id: true, title: true } },
      referrer: { select: { user: { select: { name: true, email: true } }, profile: { select: { displayName: true } } } },
    },
  });
  return rows.map(({ referrer, ...r }) => ({ ...r, referrerName: referrer.profile?.displayName ?? referrer.user.name ?? referrer.user.email }));
}

/** The referrals this member made, with their status. */
export function listMyReferrals(context: TenantContext) {
  return db.referral.findMany({
    where: { tenantId: context.tenant.id, referrerId: context.membership.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, status: true, createdAt: true, posting: { select: { id: true, title: true } } },
  });
}
