import "server-only";
import { db } from "@/lib/db";
import { inviteFromRoster } from "@/lib/invitations/invite";
import { localToday } from "@/lib/time/zoned";

const DAY = 86_400_000;

/** The latest wave day on or before today, or null before the first. */
export function latestWaveDay(firstOn: Date, everyDays: number, today: Date): Date | null {
  if (today < firstOn) {
    return null;
  }
  const waves = Math.floor((today.getTime() - firstOn.getTime()) / (everyDays * DAY));
  return new Date(firstOn.getTime() + waves * everyDays * DAY);
}

/**
 * The guided setup's plan, carried out daily. Invitation waves to past leavers: on each wave day, the next `waveSize`
 * people on the roster who have left, have an address and were never invited — most recent leavers first, the
 * likeliest to join — are invited in the name of the admin who made the plan. A wave day is claimed before its
 * invitations are made, so overlapping runs invite once; a day missed while the server was down is caught up
 * on the next run; if inviting fails, the claim is given back for the next run. New leavers, when the plan says
 * so: everyone on the roster whose leave date is still ahead and who has no invitation gets one scheduled for
 * the evening of their last day (lib/invitations/invite.ts) — inviting skips whoever holds one, so daily runs
 * are idempotent.
 */
export async function sendInvitationWaves(now = new Date()): Promise<{ tenants: number; invited: number; scheduled: number }> {
  const plans = await db.programSetup.findMany({
    where: { OR: [{ waveSize: { not: null } }, { inviteOnLastDay: true }], doneSteps: { has: "plan" }, updatedById: { not: null }, tenant: { status: "ACTIVE" } },
    select: { tenantId: true, waveSize: true, waveEveryDays: true, firstWaveOn: true, lastWaveOn: true, inviteOnLastDay: true, updatedById: true, tenant: { select: { id: true, timezone: true, invitationDays: true } } },
  });
  const outcome = { tenants: 0, invited: 0, scheduled: 0 };
  for (const plan of plans) {
    const today = localToday(plan.tenant.timezone, now);
    const inviter = { tenant: plan.tenant, userId: plan.updatedById! };
    if (plan.inviteOnLastDay) {
      const leaving = await db.rosterEntry.findMany({
        where: { tenantId: plan.tenantId, membershipId: null, email: { not: null }, leftOn: { gt: today }, invitations: { none: {} } },
        select: { id: true },
      });
      if (leaving.length) {
        outcome.scheduled += (await inviteFromRoster(inviter, { entryIds: leaving.map((e) => e.id) })).scheduled;
      }
    }
    const waveDay = plan.waveSize && plan.waveEveryDays && plan.firstWaveOn ? latestWaveDay(plan.firstWaveOn, plan.waveEveryDays, today) : null;
    if (!waveDay || (plan.lastWaveOn && plan.lastWaveOn >= waveDay)) {
      continue;
    }
    const { count } = await db.programSetup.updateMany({
      where: { tenantId: plan.tenantId, OR: [{ lastWaveOn: null }, { lastWaveOn: { lt: waveDay } }] },
      data: { lastWaveOn: waveDay },
    });
    if (count === 0) {
      continue;
    }
    try {
      const entries = await db.rosterEntry.findMany({
        where: { tenantId: plan.tenantId, membershipId: null, email: { not: null }, OR: [{ leftOn: null }, { leftOn: { lte: today } }], invitations: { none: {} } },
        orderBy: [{ leftOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
        take: plan.waveSize!,
        select: { id: true },
      });
      if (entries.length) {
        const invited = await inviteFromRoster(inviter, { entryIds: entries.map((e) => e.id) });
        outcome.invited += invited.invited;
      }
      outcome.tenants++;
    } catch (error) {
      await db.programSetup.updateMany({ where: { tenantId: plan.tenantId, lastWaveOn: waveDay }, data: { lastWaveOn: plan.lastWaveOn } });
      console.error(`Invitation wave of tenant ${plan.tenantId} not sent:`, error);
    }
  }
  return outcome;
}
