import "server-only";
import { db } from "@/lib/db";

/** Names for the ids an audit event holds, looked up now: a deleted account or member has no name left to show. */
export async function auditNames(tenantId: string, events: { actorUserId: string | null; targetMembershipId: string | null; targetRosterId: string | null }[]) {
  const actorIds = [...new Set(events.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))];
  const memberIds = [...new Set(events.flatMap((e) => (e.targetMembershipId ? [e.targetMembershipId] : [])))];
  const rosterIds = [...new Set(events.flatMap((e) => (e.targetRosterId ? [e.targetRosterId] : [])))];
  const [actors, members, entries] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } }),
    db.membership.findMany({
      where: { tenantId, id: { in: memberIds } },
      select: { id: true, user: { select: { name: true, email: true } }, profile: { select: { displayName: true } } },
    }),
    db.rosterEntry.findMany({ where: { tenantId, id: { in: rosterIds } }, select: { id: true, name: true } }),
  ]);
  return {
    actor: new Map(actors.map((u) => [u.id, u.name ?? u.email])),
    member: new Map(members.map((m) => [m.id, m.profile?.displayName ?? m.user.name ?? m.user.email])),
    roster: new Map(entries.map((e) => [e.id, e.name])),
  };
}
