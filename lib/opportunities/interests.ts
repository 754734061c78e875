import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { canSeePosting, isTakingInterest } from "./audience";
import { emitInterestCreated } from "@/lib/webhooks-out/domain-events";

type Expressed = { ok: true; id: string } | { ok: false; reason: "closed" } | null;

/**
 * One click "interested" in a posting, with an optional note. A second click while the interest stands only
 * updates the note; after a withdrawal it starts afresh. Null when the member may not see the posting.
 */
export async function expressInterest(context: TenantContext, postingId: string, note: string | null): Promise<Expressed> {
  const tenantId = context.tenant.id;
  const posting = await db.posting.findFirst({ where: { id: postingId, tenantId }, select: { tenantId: true, status: true, segmentId: true, closesAt: true } });
  if (!posting || !(await canSeePosting(context, posting))) {
    return null;
  }
  if (!isTakingInterest(posting)) {
    return { ok: false, reason: "closed" };
  }
  return { ok: true, id: await recordInterest(context, { kind: "POSTING", postingId }, note) };
}

/** A casual career chat request or the open-to-return signal: not tied to any posting. */
export async function expressGeneralInterest(context: TenantContext, kind: "CASUAL_CHAT" | "OPEN_TO_RETURN", note: string | null): Promise<string> {
  return recordInterest(context, { kind, postingId: null }, note);
}

async function recordInterest(context: TenantContext, what: { kind: "POSTING" | "CASUAL_CHAT" | "OPEN_TO_RETURN"; postingId: string | null }, note: string | null): Promise<string> {
  const tenantId = context.tenant.id;
  const membershipId = context.membership.id;
  return db.$transaction(async (tx) => {
    // Serializes one member's clicks, so a double click cannot make two interests.
    await tx.$queryRaw`SELECT id FROM "Membership" WHERE "tenantId" = ${tenantId} AND id = ${membershipId} FOR UPDATE`;
    const standing = await tx.interest.findFirst({ where: { tenantId, membershipId, ...what, withdrawnAt: null, stage: { notIn: ["HIRED", "CLOSED"] } }, select: { id: true } });
    if (standing) {
      await tx.interest.update({ where: { tenantId_id: { tenantId, id: standing.id } }, data: { note, lastActivityAt: new Date() } });
      return standing.id;
    }
    const created = await tx.interest.create({ data: { tenantId, membershipId, ...what, note }, select: { id: true } });
    await tx.interestEvent.create({ data: { tenantId, interestId: created.id, action: "CREATED", toStage: "NEW", note, actorId: membershipId } });
    await emitInterestCreated(tx, tenantId, created.id);
    return created.id;
  });
}

/** The member withdraws their own interest: it leaves the board. Null for anyone else's (or another company's). */
export async function withdrawInterest(context: TenantContext, interestId: string): Promise<boolean | null> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const withdrawn = await tx.interest.updateMany({
      where: { id: interestId, tenantId, membershipId: context.membership.id, withdrawnAt: null, stage: { not: "HIRED" } },
      data: { withdrawnAt: new Date(), lastActivityAt: new Date() },
    });
    if (!withdrawn.count) {
      const mine = await tx.interest.count({ where: { id: interestId, tenantId, membershipId: context.membership.id } });
      return mine ? false : null;
    }
    await tx.interestEvent.create({ data: { tenantId, interestId, action: "WITHDRAWN", actorId: context.membership.id } });
    return true;
  });
}

/** The member's own interests (never the stage, only the status the company chose to share), newest first. */
export async function listMyInterests(context: TenantContext) {
  const rows = await db.interest.findMany({
    where: { tenantId: context.tenant.id, membershipId: context.membership.id, withdrawnAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, kind: true, note: true, sharedStatus: true, stage: true, createdAt: true, posting: { select: { id: true, title: true, kind: true } } },
  });
  // Only HIRED is told as such; every other stage stays the company's business unless it wrote a shared status.
  return rows.map(({ stage, ...r }) => ({ ...r, hired: stage === "HIRED" }));
}
