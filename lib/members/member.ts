import "server-only";
import { auditNames } from "@/lib/audit/people";
import { profileSelect } from "@/lib/alumni/queries";
import { visibleTo } from "@/lib/alumni/visibility";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";

export type MemberHistoryItem =
  | { at: Date; kind: "registered" | "consented"; detail?: string }
  | { at: Date; kind: "invitationSent" | "invitationAccepted" }
  | { at: Date; kind: "audit"; action: string; actorName: string | null; details: Record<string, unknown> };

/** One alumnus as staff see them: account, membership, profile (fields they hid from the company left out), history. */
export async function getMember(context: TenantContext, membershipId: string) {
  const tenantId = context.tenant.id;
  const membership = await db.membership.findFirst({
    where: { id: membershipId, tenantId, role: "ALUMNI", status: { not: "REJECTED" } },
    select: {
      id: true, status: true, createdAt: true, decidedAt: true, applicationNote: true,
      user: { select: { email: true, name: true } },
      profile: { select: profileSelect },
    },
  });
  if (!membership) {
    return null;
  }
  const [rosterEntry, consents, audit] = await Promise.all([
    db.rosterEntry.findFirst({
      where: { tenantId, membershipId },
      select: { id: true, name: true, employeeNumber: true, invitations: { where: { status: "ACCEPTED" }, select: { sentAt: true, acceptedAt: true } } },
    }),
    db.consent.findMany({ where: { tenantId, membershipId }, select: { version: true, acceptedAt: true } }),
    db.auditEvent.findMany({ where: { tenantId, targetMembershipId: membershipId }, orderBy: { createdAt: "desc" }, take: 100 }),
  ]);
  const names = await auditNames(tenantId, audit);
  const history: MemberHistoryItem[] = [
    { at: membership.createdAt, kind: "registered" as const },
    ...consents.map((c) => ({ at: c.acceptedAt, kind: "consented" as const, detail: c.version })),
    ...(rosterEntry?.invitations ?? []).flatMap((i) => [
      ...(i.sentAt ? [{ at: i.sentAt, kind: "invitationSent" as const }] : []),
      ...(i.acceptedAt ? [{ at: i.acceptedAt, kind: "invitationAccepted" as const }] : []),
    ]),
    ...audit.map((e) => ({
      at: e.createdAt,
      kind: "audit" as const,
      action: e.action,
      actorName: e.actorUserId ? (names.actor.get(e.actorUserId) ?? null) : null,
      details: (e.details ?? {}) as Record<string, unknown>,
    })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  const { profile, user, ...rest } = membership;
  // Someone who left or was removed is no longer the company's to look up: no current name or address.
  const gone = membership.status === "LEFT" || membership.status === "REMOVED";
  return {
    ...rest,
    user: gone ? { email: null, name: null } : user,
    profile: profile ? visibleTo(profile, "STAFF") : null,
    rosterEntry,
    history,
  };
}
