import "server-only";
import { db } from "@/lib/db";
import { headlineCounts } from "@/lib/analytics/program-metrics";
import { rateOf } from "@/lib/analytics/rate";
import { alumniStateCounts } from "@/lib/members/state-counts";
import type { Permission } from "@/lib/tenancy/permissions";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { localToday } from "@/lib/time/zoned";
import type { GuideSlug } from "./guide-slugs";

const DAY = 86_400_000;

// Thresholds of the issue (#12): a suggestion is shown only when the company's own figures cross them.
export const NOT_INVITED_SHARE = 60;
export const BROADCAST_QUIET_DAYS = 30;
export const FALLING_MONTHS = 3;
export const ATTENDANCE_FLOOR = 50;
export const ATTENDANCE_WINDOW_DAYS = 90;
export const APPLICANT_WAIT_DAYS = 7;

export const HEALTH_RULES = ["rosterNotInvited", "noRecentBroadcast", "activeRateFalling", "lowAttendance", "applicantsWaiting", "pipelineUntouched", "reviewDue"] as const;
export type HealthRule = (typeof HEALTH_RULES)[number];

/** One thing the program would gain from: the figure behind it, the screen that fixes it and the guide about it. */
export type HealthSuggestion = {
  rule: HealthRule;
  figures: Record<string, number>;
  // Path under /{tenant}/admin.
  fix: string;
  guide: GuideSlug;
};

// What the screen each suggestion links to asks of the viewer: a suggestion they could not act on is not shown.
const FIX_NEEDS: Record<HealthRule, Permission> = {
  rosterNotInvited: "alumni.manage",
  noRecentBroadcast: "broadcast.draft",
  activeRateFalling: "events.manage",
  lowAttendance: "events.manage",
  applicantsWaiting: "alumni.manage",
  pipelineUntouched: "pipeline.read",
  reviewDue: "goals.manage",
};

type Counts = {
  lastBroadcastAt: Date | null;
  going: number;
  attended: number;
  applicants: number;
  oldestApplicantAt: Date | null;
  untouched: number;
  reminderDays: number;
  reviewOn: Date | null;
  lastReviewOn: Date | null;
};

/**
 * The company's program health, worked out from its own data: a short list of suggestions, empty when all is well.
 * Cheap by design (the dashboard stays fast at 100,000 alumni): the roster and member counts the dashboard already
 * made this request, one statement of small aggregates over indexed ranges, and four stored daily snapshots.
 */
export async function programHealth(context: TenantContext, now = new Date()): Promise<HealthSuggestion[]> {
  const tenantId = context.tenant.id;
  const today = localToday(context.tenant.timezone, now);
  const monthEnds = lastMonthEnds(today, FALLING_MONTHS + 1);
  const [headline, states, [counts], snapshots] = await Promise.all([
    headlineCounts(context),
    alumniStateCounts(context),
    db.$queryRaw<[Counts]>`
      SELECT
        (SELECT max("startedAt") FROM "Broadcast" WHERE "tenantId" = ${tenantId} AND status IN ('SENDING', 'SENT')) AS "lastBroadcastAt",
        coalesce(sum(a.going), 0)::int AS going, coalesce(sum(a.attended), 0)::int AS attended,
        (SELECT count(*)::int FROM "Membership" WHERE "tenantId" = ${tenantId} AND role = 'ALUMNI' AND status = 'PENDING'
          AND "createdAt" < ${new Date(now.getTime() - APPLICANT_WAIT_DAYS * DAY)}) AS applicants,
        (SELECT min("createdAt") FROM "Membership" WHERE "tenantId" = ${tenantId} AND role = 'ALUMNI' AND status = 'PENDING') AS "oldestApplicantAt",
        (SELECT count(*)::int FROM "Interest" i JOIN "Tenant" t ON t.id = i."tenantId"
          WHERE i."tenantId" = ${tenantId} AND i.stage NOT IN ('HIRED', 'CLOSED') AND i."withdrawnAt" IS NULL
            AND i."lastActivityAt" < ${now}::timestamp - make_interval(days => t."pipelineReminderDays")) AS untouched,
        (SELECT "pipelineReminderDays" FROM "Tenant" WHERE id = ${tenantId}) AS "reminderDays",
        (SELECT "reviewOn" FROM "ProgramSetup" WHERE "tenantId" = ${tenantId}) AS "reviewOn",
        (SELECT max("reviewedOn") FROM "GoalReview" WHERE "tenantId" = ${tenantId}) AS "lastReviewOn"
      FROM (
        -- Events held in the window whose check-in was used: people holding a seat, and those checked in.
        SELECT count(r.id) AS going, count(r."attendedAt") AS attended
        FROM "Event" e JOIN "EventRegistration" r ON r."tenantId" = e."tenantId" AND r."eventId" = e.id AND r.status = 'GOING'
        WHERE e."tenantId" = ${tenantId} AND e.status = 'PUBLISHED' AND e."startsAt" < ${now}
          AND e."startsAt" >= ${new Date(now.getTime() - ATTENDANCE_WINDOW_DAYS * DAY)}
        GROUP BY e.id HAVING count(r."attendedAt") > 0
      ) a`,
    db.programSnapshot.findMany({ where: { tenantId, day: { in: monthEnds } }, orderBy: { day: "asc" }, select: { day: true, alumni: true, active30: true } }),
  ]);

  const found: HealthSuggestion[] = [];
  const notInvited = rateOf(states.notInvited, headline.roster);
  if (headline.roster > 0 && notInvited.rate >= NOT_INVITED_SHARE) {
    found.push({ rule: "rosterNotInvited", figures: { count: notInvited.count, total: notInvited.of, rate: notInvited.rate }, fix: "alumni?status=notInvited", guide: "first-100-sign-ups" });
  }
  const quietSince = counts.lastBroadcastAt ? Math.floor((now.getTime() - counts.lastBroadcastAt.getTime()) / DAY) : null;
  if (headline.alumni > 0 && (quietSince === null || quietSince >= BROADCAST_QUIET_DAYS)) {
    found.push({ rule: "noRecentBroadcast", figures: quietSince === null ? {} : { days: quietSince }, fix: "broadcasts/new", guide: "keeping-alumni-active" });
  }
  const rates = snapshots.map((s) => rateOf(s.active30, s.alumni).rate);
  if (snapshots.length === monthEnds.length && rates.every((rate, i) => i === 0 || rate < rates[i - 1]!)) {
    found.push({ rule: "activeRateFalling", figures: { from: rates[0]!, to: rates.at(-1)!, months: FALLING_MONTHS }, fix: "events/new", guide: "keeping-alumni-active" });
  }
  const attendance = rateOf(counts.attended, counts.going);
  if (counts.going > 0 && attendance.rate < ATTENDANCE_FLOOR) {
    found.push({ rule: "lowAttendance", figures: { rate: attendance.rate, attended: attendance.count, going: attendance.of }, fix: "events", guide: "first-meetup" });
  }
  if (counts.applicants > 0 && counts.oldestApplicantAt) {
    const days = Math.floor((now.getTime() - counts.oldestApplicantAt.getTime()) / DAY);
    found.push({ rule: "applicantsWaiting", figures: { count: counts.applicants, days }, fix: "applicants", guide: "first-100-sign-ups" });
  }
  if (counts.untouched > 0) {
    found.push({ rule: "pipelineUntouched", figures: { count: counts.untouched, days: counts.reminderDays }, fix: "pipeline", guide: "what-not-to-do" });
  }
  // The review date set in the guided setup has come, and no goal review has been written since.
  if (counts.reviewOn && counts.reviewOn <= today && !(counts.lastReviewOn && counts.lastReviewOn >= counts.reviewOn)) {
    found.push({ rule: "reviewDue", figures: { days: Math.round((today.getTime() - counts.reviewOn.getTime()) / DAY) }, fix: "goals", guide: "alumni-feedback" });
  }
  return found.filter((s) => context.permissions.has(FIX_NEEDS[s.rule]));
}

/** The last `count` closed months' last days before `today` (date-only values), oldest first. */
export function lastMonthEnds(today: Date, count: number): Date[] {
  // Day 0 of a month is the last day of the one before.
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - (count - 1 - i), 0)));
}
