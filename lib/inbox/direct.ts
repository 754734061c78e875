import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { jobQueue } from "@/lib/jobs/boss";
import { notify } from "@/lib/notifications/notify";
import { db, type Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { readableConversationsWhere } from "./access";
import { withinSendLimit } from "./send-limit";

// Direct conversations between two alumni (decisions/022): a Conversation of kind DIRECT with two MEMBER
// participants, read through the same rule as the company inbox (lib/inbox/access.ts), which gives staff no way in.
// What is added here is who may write: the company's setting, blocks, and both people still being members.

/** One pair, one thread: the two membership ids sorted, so either person finds the same conversation. */
export const directKeyOf = (a: string, b: string) => [a, b].sort().join(":");

/** Why a direct message was not sent. `blocked` is what both sides of a block hear, and all the blocked one learns. */
export type DirectRefusal = "off" | "blocked" | "unavailable" | "rate";

/** Whether the company lets alumni write to one another (a Tenant column, on by default). */
export async function directMessagesOn(tenantId: string): Promise<boolean> {
  const tenant = await db.tenant.findUnique({ where: { id: tenantId }, select: { directMessages: true } });
  return tenant?.directMessages ?? false;
}

/** An alumnus the caller may write to from the directory (by profile id): active, an alumnus, not the caller. */
export async function directRecipient(context: TenantContext, profileId: string): Promise<{ membershipId: string; name: string } | null> {
  if (context.membership.role !== "ALUMNI") {
    return null;
  }
  const profile = await db.alumniProfile.findFirst({
    where: { id: profileId, tenantId: context.tenant.id, membership: { status: "ACTIVE", role: "ALUMNI" }, NOT: { membershipId: context.membership.id } },
    select: { membershipId: true, displayName: true },
  });
  return profile ? { membershipId: profile.membershipId, name: profile.displayName } : null;
}

/** The caller's existing thread with a member, if any (what "message" re-opens instead of starting another). */
export async function existingDirect(context: TenantContext, otherId: string): Promise<string | null> {
  const tenantId = context.tenant.id;
  const found = await db.conversation.findUnique({
    where: { tenantId_directKey: { tenantId, directKey: directKeyOf(context.membership.id, otherId) } },
    select: { id: true },
  });
  return found?.id ?? null;
}

/** The other person of one of the caller's direct conversations, or null (not theirs, or not direct). */
export async function directPeer(context: TenantContext, conversationId: string) {
  const where = readableConversationsWhere(context, "member")!;
  const conversation = await db.conversation.findFirst({
    where: { ...where, id: conversationId, kind: "DIRECT" },
    select: { participants: { where: { side: "MEMBER", NOT: { membershipId: context.membership.id } }, select: { membershipId: true } } },
  });
  const peerId = conversation?.participants[0]?.membershipId;
  if (!peerId) {
    return null;
  }
  const peer = await db.membership.findFirst({
    where: { tenantId: context.tenant.id, id: peerId },
    select: { id: true, status: true, user: { select: { name: true, email: true } }, profile: { select: { id: true, displayName: true } } },
  });
  return peer ? { membershipId: peer.id, profileId: peer.profile?.id ?? null, active: peer.status === "ACTIVE", name: peer.profile?.displayName ?? peer.user.name ?? "—" } : null;
}

/** Whether either of two members blocked the other, and whether it was `me`. */
export async function blockBetween(db_: Tx | typeof db, tenantId: string, me: string, other: string): Promise<{ byMe: boolean; byThem: boolean }> {
  const rows = await db_.directBlock.findMany({
    where: { tenantId, OR: [{ blockerId: me, blockedId: other }, { blockerId: other, blockedId: me }] },
    select: { blockerId: true },
  });
  return { byMe: rows.some((r) => r.blockerId === me), byThem: rows.some((r) => r.blockerId === other) };
}

/** What stops the caller writing to `other` now, or null when they may. Checked again inside the writing transaction. */
export async function directRefusal(tx: Tx | typeof db, context: TenantContext, otherId: string): Promise<Exclude<DirectRefusal, "rate"> | null> {
  const tenantId = context.tenant.id;
  const tenant = await tx.tenant.findUnique({ where: { id: tenantId }, select: { directMessages: true } });
  if (!tenant?.directMessages) {
    return "off";
  }
  const block = await blockBetween(tx, tenantId, context.membership.id, otherId);
  if (block.byMe || block.byThem) {
    return "blocked";
  }
  const other = await tx.membership.findFirst({ where: { tenantId, id: otherId, status: "ACTIVE", role: "ALUMNI" }, select: { id: true } });
  return other && context.membership.role === "ALUMNI" ? null : "unavailable";
}

type Written = { ok: true; conversationId: string; messageId: string } | { ok: false; reason: DirectRefusal };

/**
 * The caller writes to another alumnus: into their existing thread, or a new one (the unique pair key makes two
 * people starting at once end up in one thread). The conversation, both places and the message in one transaction.
 */
export async function writeDirect(context: TenantContext, otherId: string, body: string): Promise<Written> {
  const tenantId = context.tenant.id;
  const me = context.membership.id;
  const directKey = directKeyOf(me, otherId);
  // The notification's mail job is queued in the transaction: the queue must be started before it opens.
  await jobQueue();
  return db.$transaction(async (tx) => {
    const refusal = await directRefusal(tx, context, otherId);
    if (refusal) {
      return { ok: false, reason: refusal };
    }
    if (!(await withinSendLimit(tx, tenantId, me, "member"))) {
      return { ok: false, reason: "rate" };
    }
    const now = new Date();
    // Under the author's row lock (withinSendLimit): the other person starting at the same moment waits on the key.
    await tx.$executeRaw`INSERT INTO "Conversation" (id, "tenantId", kind, subject, "memberId", "directKey", status, "lastMessageAt", "createdAt", "updatedAt")
      VALUES (gen_random_uuid()::text, ${tenantId}, 'DIRECT', '', ${me}, ${directKey}, 'OPEN', ${now}, ${now}, ${now})
      ON CONFLICT ("tenantId", "directKey") DO NOTHING`;
    const conversation = await tx.conversation.findUniqueOrThrow({ where: { tenantId_directKey: { tenantId, directKey } }, select: { id: true } });
    const conversationId = conversation.id;
    for (const membershipId of [me, otherId]) {
      await tx.conversationParticipant.upsert({
        where: { tenantId_conversationId_membershipId: { tenantId, conversationId, membershipId } },
        create: { tenantId, conversationId, membershipId, side: "MEMBER", lastReadAt: membershipId === me ? now : null },
        update: membershipId === me ? { lastReadAt: now } : {},
      });
    }
    const message = await tx.conversationMessage.create({
      data: { tenantId, conversationId, authorId: me, fromStaff: false, body, createdAt: now },
      select: { id: true },
    });
    await tx.conversation.update({ where: { tenantId_id: { tenantId, id: conversationId } }, data: { lastMessageAt: now } });
    await notify(tx, { tenantId, recipientId: otherId, kind: "DIRECT_MESSAGE", actorId: me, refId: conversationId, path: `/${context.tenant.slug}/messages/${conversationId}`, excerpt: body });
    return { ok: true, conversationId, messageId: message.id };
  });
}

/** The members the caller blocked, newest first, for the list they unblock from. */
export async function listMyBlocks(context: TenantContext) {
  const tenantId = context.tenant.id;
  const rows = await db.directBlock.findMany({ where: { tenantId, blockerId: context.membership.id }, orderBy: { createdAt: "desc" }, select: { blockedId: true, createdAt: true } });
  const people = await db.membership.findMany({
    where: { tenantId, id: { in: rows.map((r) => r.blockedId) } },
    select: { id: true, user: { select: { name: true } }, profile: { select: { displayName: true } } },
  });
  const names = new Map(people.map((p) => [p.id, p.profile?.displayName ?? p.user.name ?? "—"]));
  return rows.map((r) => ({ membershipId: r.blockedId, name: names.get(r.blockedId) ?? "—", createdAt: r.createdAt }));
}

/** Blocks another alumnus of the company; false when there is no such person (a 404 for the caller). */
export async function blockMember(context: TenantContext, otherId: string): Promise<boolean> {
  const tenantId = context.tenant.id;
  if (otherId === context.membership.id) {
    return false;
  }
  const other = await db.membership.findFirst({ where: { tenantId, id: otherId, role: "ALUMNI", status: { in: ["ACTIVE", "SUSPENDED"] } }, select: { id: true } });
  if (!other) {
    return false;
  }
  await db.directBlock.upsert({
    where: { tenantId_blockerId_blockedId: { tenantId, blockerId: context.membership.id, blockedId: otherId } },
    create: { tenantId, blockerId: context.membership.id, blockedId: otherId },
    update: {},
  });
  return true;
}

/** Lifts the caller's own block; false when they had none on that person. */
export async function unblockMember(context: TenantContext, otherId: string): Promise<boolean> {
  const { count } = await db.directBlock.deleteMany({ where: { tenantId: context.tenant.id, blockerId: context.membership.id, blockedId: otherId } });
  return count > 0;
}

/** The company turns messages between alumni on or off (existing threads stay, read-only while off); audited. */
export async function setDirectMessages(context: TenantContext, on: boolean): Promise<void> {
  const tenantId = context.tenant.id;
  await db.$transaction(async (tx) => {
    const before = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { directMessages: true } });
    if (before.directMessages === on) {
      return;
    }
    await tx.tenant.update({ where: { id: tenantId }, data: { directMessages: on } });
    await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "settings.directMessages", details: { from: before.directMessages ? "on" : "off", to: on ? "on" : "off" } }]);
  });
}
