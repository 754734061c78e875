import "server-only";
import { db } from "@/lib/db";
import { forgetSuppression } from "@/lib/email/suppressions";
import { emitMemberLeft } from "@/lib/webhooks-out/domain-events";

/**
 * Deletes a person from Kizuna, in every company at once: the account and its sign-in methods, memberships,
 * profiles, email preferences and pending address changes (by cascade), the emails kept for them, their address's
 * entry on the no-mail list (a spam complaint stays, as a hash of the address), and their link from each roster
 * (the roster entry itself is the company's record of a former employee and stays, no longer marked as joined).
 */
export async function deleteMyAccount(userId: string): Promise<{ ok: true } | { ok: false; soleOwnerOf: string[] }> {
  // A company must not be left without an owner: hand it over (or close it) first.
  const owned = await db.membership.findMany({ where: { userId, role: "OWNER", status: "ACTIVE" }, select: { tenantId: true, tenant: { select: { name: true } } } });
  const soleOwnerOf: string[] = [];
  for (const m of owned) {
    const owners = await db.membership.count({ where: { tenantId: m.tenantId, role: "OWNER", status: "ACTIVE" } });
    if (owners === 1) {
      soleOwnerOf.push(m.tenant.name);
    }
  }
  if (soleOwnerOf.length) {
    return { ok: false, soleOwnerOf };
  }
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, memberships: { select: { id: true, tenantId: true, role: true, status: true } } } });
    for (const m of user.memberships.filter((m) => m.role === "ALUMNI" && (m.status === "ACTIVE" || m.status === "SUSPENDED"))) {
      await emitMemberLeft(tx, m.tenantId, m.id, "account_deleted");
    }
    const membershipIds = user.memberships.map((m) => m.id);
    await tx.rosterEntry.updateMany({ where: { membershipId: { in: membershipIds } }, data: { membershipId: null } });
    // The audit log keeps that something was done, not to whom or the reason HR wrote about them.
    await tx.auditEvent.updateMany({ where: { targetMembershipId: { in: membershipIds } }, data: { targetMembershipId: null, details: {} } });
    await tx.outboxEmail.deleteMany({ where: { to: user.email } });
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    await forgetSuppression(tx, user.email);
    await tx.user.delete({ where: { id: userId } });
  });
  return { ok: true };
}

/** Leaves one company's network: the profile goes, the membership is marked left, the roster link is undone. */
export async function leaveNetwork(userId: string, tenantSlug: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { userId, tenant: { slug: tenantSlug }, status: { in: ["ACTIVE", "PENDING"] }, role: "ALUMNI" },
      select: { id: true, tenantId: true, status: true },
    });
    if (!membership) {
      return false;
    }
    // Withdrawing a request that was never approved is not leaving: nobody had joined.
    if (membership.status === "ACTIVE") {
      await emitMemberLeft(tx, membership.tenantId, membership.id, "left");
    }
    await tx.alumniProfile.deleteMany({ where: { tenantId: membership.tenantId, membershipId: membership.id } });
    await tx.emailPreference.deleteMany({ where: { tenantId: membership.tenantId, membershipId: membership.id } });
    await tx.rosterEntry.updateMany({ where: { tenantId: membership.tenantId, membershipId: membership.id }, data: { membershipId: null } });
    await tx.membership.update({ where: { id: membership.id }, data: { status: "LEFT" } });
    return true;
  });
}
