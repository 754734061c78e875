import "server-only";
import { db } from "@/lib/db";
import { localToday } from "@/lib/time/zoned";
import { snapshotSql } from "./snapshot-sql";

const DAY = 86_400_000;
// How far back a company's first snapshot run looks: a year is what goals and trends show.
export const BACKFILL_DAYS = 365;

export type Snapshot = {
  day: Date;
  roster: number;
  joined: number;
  alumni: number;
  active30: number;
  active90: number;
  openToReturn: number;
  returns365: number;
  collaboration365: number;
};

/**
 * Computes and stores a company's program figures for each closed day from `from` to `to` (company days),
 * from history: the roster and alumni as they had been created by the end of that day, and the alumni active in
 * the 30 and 90 days up to it. One statement for the whole range; running it again overwrites the same rows.
 */
export async function computeSnapshots(tenantId: string, timeZone: string, from: Date, to: Date): Promise<number> {
  return from > to ? 0 : db.$executeRaw(snapshotSql(tenantId, timeZone, from, to));
}

/**
 * Brings a company's snapshots up to today: from the day after the last one stored (a year back the first
 * time) to today, whose row is redone on each run while the day is open. Safe to stop and run again.
 */
export async function refreshSnapshots(tenant: { id: string; timezone: string }, now = new Date()): Promise<number> {
  const today = localToday(tenant.timezone, now);
  const last = await db.programSnapshot.findFirst({ where: { tenantId: tenant.id, day: { lt: today } }, orderBy: { day: "desc" }, select: { day: true } });
  const from = last ? new Date(last.day.getTime() + DAY) : new Date(today.getTime() - BACKFILL_DAYS * DAY);
  return computeSnapshots(tenant.id, tenant.timezone, from, today);
}

/** Every active company's snapshots, one company at a time (run hourly by the job queue's cron). */
export async function refreshAllSnapshots(now = new Date()): Promise<void> {
  const tenants = await db.tenant.findMany({ where: { status: "ACTIVE" }, select: { id: true, timezone: true } });
  for (const tenant of tenants) {
    try {
      await refreshSnapshots(tenant, now);
    } catch (error) {
      console.error(`Program snapshots of tenant ${tenant.id} not refreshed:`, error);
    }
  }
}

/** A company's stored snapshots from `from` on, oldest first. */
export async function snapshotsSince(tenantId: string, from: Date): Promise<Snapshot[]> {
  return db.programSnapshot.findMany({
    where: { tenantId, day: { gte: from } },
    orderBy: { day: "asc" },
    select: { day: true, roster: true, joined: true, alumni: true, active30: true, active90: true, openToReturn: true, returns365: true, collaboration365: true },
  });
}
