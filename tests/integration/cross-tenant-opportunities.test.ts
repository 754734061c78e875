import { beforeEach, describe, expect, it, vi } from "vitest";
import { expressGeneralInterestAction, expressInterestAction, referAction, withdrawInterestAction } from "@/lib/actions/opportunity-interest";
import { decideReferralAction, moveStageAction, setOwnerAction, setReminderDaysAction } from "@/lib/actions/pipeline";
import { savePostingAction, setPostingStatusAction } from "@/lib/actions/postings";
import { db } from "@/lib/db";
import { expressInterest } from "@/lib/opportunities/interests";
import { getPipelineItem, listPipeline } from "@/lib/opportunities/pipeline";
import { getPostingForAdmin, getPostingForMember, listPostingsForMember } from "@/lib/opportunities/queries";
import { createReferral, listReferrals } from "@/lib/opportunities/referrals";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { caller, outcomeOf } from "../support/action-caller";
import { alumnusContext } from "../support/events";
import { createMember, createTenant } from "../support/factories";
import { createPosting } from "../support/opportunities";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

beforeEach(() => {
  caller.userId = null;
});

async function companyWithInterest() {
  const [a, b] = [await createTenant(), await createTenant()];
  const posting = await createPosting(a.id);
  const candidate = await alumnusContext(a, "A社 候補者");
  const interested = await expressInterest(candidate.context, posting.id, "来春から参加できます");
  const interestId = interested && interested.ok ? interested.id : "";
  const referral = await createReferral(candidate.context, posting.id, { name: "友人 一郎", email: "friend@example.com", note: null });
  const referralId = referral && referral.ok ? referral.id : "";
  const hrA = await createMember(a.id, "HR");
  const { user: ownerOfB } = await createMember(b.id, "OWNER");
  const alumnusOfB = await alumnusContext(b);
  const otherAlumnusOfA = await alumnusContext(a, "A社 別の人");
  return { a, b, posting, candidate, interestId, referralId, hrA, ownerOfB, alumnusOfB, otherAlumnusOfA };
}

// Company B's owner and alumni, and another alumnus of company A, holding A's ids, reach nothing of them.
describe("opportunities across tenants", () => {
  it("answers 404 to every opportunity and pipeline action called by another company's owner, its alumni or a signed-out caller", async () => {
    const { a, b, posting, interestId, referralId, hrA, ownerOfB, alumnusOfB } = await companyWithInterest();
    const form = { id: posting.id, kind: "JOB", title: "乗っ取り" };
    for (const who of [null, ownerOfB.id, alumnusOfB.user.id]) {
      caller.userId = who;
      for (const tenant of [a.slug, b.slug]) {
        const calls = [
          () => savePostingAction(null, { tenant, ...form }),
          () => setPostingStatusAction(null, { tenant, postingId: posting.id, status: "CLOSED" }),
          () => expressInterestAction(null, { tenant, postingId: posting.id, note: "x" }),
          () => withdrawInterestAction(null, { tenant, interestId }),
          () => referAction(null, { tenant, postingId: posting.id, name: "誰か", email: "someone@example.com" }),
          () => moveStageAction(null, { tenant, interestId, stage: "CONTACTED" }),
          () => setOwnerAction(null, { tenant, interestId, ownerId: hrA.membership.id }),
          () => decideReferralAction(null, { tenant, referralId, decision: "ACCEPTED" }),
        ];
        for (const [i, call] of calls.entries()) {
          expect(`${tenant} ${i}: ${await outcomeOf(call())}`).toBe(`${tenant} ${i}: 404`);
        }
      }
    }
    // Signed out, or a member elsewhere: even the actions that need no id answer 404 under company A's slug.
    for (const who of [null, alumnusOfB.user.id]) {
      caller.userId = who;
      expect(await outcomeOf(expressGeneralInterestAction(null, { tenant: a.slug, kind: "CASUAL_CHAT" }))).toBe("404");
      expect(await outcomeOf(setReminderDaysAction(null, { tenant: a.slug, days: "1" }))).toBe("404");
    }
    expect(await db.tenant.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ pipelineReminderDays: 7 });
    expect(await db.posting.findUniqueOrThrow({ where: { id: posting.id } })).toMatchObject({ title: posting.title, status: "OPEN" });
    expect(await db.interest.findUniqueOrThrow({ where: { id: interestId } })).toMatchObject({ stage: "NEW", withdrawnAt: null, ownerId: null });
    expect(await db.referral.findUniqueOrThrow({ where: { id: referralId } })).toMatchObject({ status: "PENDING" });
    expect(await db.interest.count({ where: { tenantId: b.id } })).toBe(0);
    expect(await db.referral.count({ where: { tenantId: b.id } })).toBe(0);
  });

  it("gives another alumnus of the same company 404 on someone's interest, and no pipeline at all", async () => {
    const { a, interestId, referralId, otherAlumnusOfA } = await companyWithInterest();
    caller.userId = otherAlumnusOfA.user.id;
    const tenant = a.slug;
    for (const call of [
      () => withdrawInterestAction(null, { tenant, interestId }),
      () => moveStageAction(null, { tenant, interestId, stage: "HIRED", hiredOn: "2027-04-01" }),
      () => setOwnerAction(null, { tenant, interestId, ownerId: "" }),
      () => decideReferralAction(null, { tenant, referralId, decision: "ACCEPTED" }),
      () => savePostingAction(null, { tenant, kind: "JOB", title: "勝手な募集" }),
      () => setReminderDaysAction(null, { tenant, days: "1" }),
    ]) {
      expect(await outcomeOf(call())).toBe("404");
    }
    expect(await db.interest.findUniqueOrThrow({ where: { id: interestId } })).toMatchObject({ stage: "NEW", withdrawnAt: null });
    expect(await db.posting.count({ where: { tenantId: a.id } })).toBe(1);
  });

  it("finds nothing of another company's postings, interests or referrals in any query the pages use", async () => {
    const { b, posting, interestId, ownerOfB, alumnusOfB } = await companyWithInterest();
    const owner = (await resolveTenantContext(b.slug, ownerOfB.id)) as TenantContext;
    for (const context of [owner, alumnusOfB.context]) {
      expect(await getPostingForMember(context, posting.id)).toBeNull();
      expect(await listPostingsForMember(context)).toEqual([]);
      expect(await expressInterest(context, posting.id, null)).toBeNull();
      expect(await createReferral(context, posting.id, { name: "x", email: "x@example.com", note: null })).toBeNull();
    }
    expect(await getPostingForAdmin(owner, posting.id)).toBeNull();
    expect(await getPipelineItem(owner, interestId)).toBeNull();
    expect(await listPipeline(owner)).toEqual([]);
    expect(await listReferrals(owner)).toEqual([]);
  });

  it("lets the company's own staff and the alumnus act on the same ids", async () => {
    const { a, interestId, hrA, candidate } = await companyWithInterest();
    caller.userId = hrA.user.id;
    expect(await outcomeOf(moveStageAction(null, { tenant: a.slug, interestId, stage: "CONTACTED", sharedStatus: "来週ご連絡します" }))).toBe("ran");
    caller.userId = candidate.user.id;
    expect(await outcomeOf(withdrawInterestAction(null, { tenant: a.slug, interestId }))).toBe("ran");
    const hr = (await resolveTenantContext(a.slug, hrA.user.id)) as TenantContext;
    expect(await listPipeline(hr)).toEqual([]);
  });
});
