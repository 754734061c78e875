import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

/**
 * Every abuse limit Kizuna applies, in one place: how many of a thing one key (an address, an address from one
 * network address, an IP, a company) may do in a window. Counters live in PostgreSQL (rate-limiter-flexible's
 * store, table "RateLimit"), so they hold across several app instances and restarts. A blocked key is free again
 * when its window ends: no limit locks anyone out for longer than its window.
 */
export const LIMITS = {
  // Wrong passwords for one account from one network address: the lockout a person trying passwords meets.
  signInFailuresPerAccountAndIp: { points: 5, duration: 15 * 60 },
  // Wrong passwords for one account from anywhere (many addresses guessing one account), a wider window.
  signInFailuresPerAccount: { points: 30, duration: 60 * 60 },
  // Password attempts of any outcome from one network address (guessing across many accounts).
  signInAttemptsPerIp: { points: 100, duration: 15 * 60 },
  // Sign-in links: to one address (nobody's inbox is flooded), and asked from one network address.
  signInLinksPerAddress: { points: 5, duration: 60 * 60 },
  signInLinksPerIp: { points: 30, duration: 60 * 60 },
  // New companies, self-sign-ups and join links from one network address.
  signUpsPerIp: { points: 10, duration: 60 * 60 },
  // Invitations one company sends in an hour (a roster of thousands still goes out in a few waves).
  invitationsPerCompany: { points: 5000, duration: 60 * 60 },
  // Feed posts and comments one member writes in ten minutes: far above a person typing, well below a script.
  feedWritesPerMember: { points: 30, duration: 10 * 60 },
  // REST API calls with one key in a minute: an HR-system sync pages through thousands of rows comfortably.
  apiRequestsPerKey: { points: 600, duration: 60 },
} as const satisfies Record<string, { points: number; duration: number }>;

export type LimitName = keyof typeof LIMITS;

const globalForLimits = globalThis as unknown as { kizunaLimiterPool?: pg.Pool; kizunaLimiters?: Map<LimitName, RateLimiterPostgres> };

function limiter(name: LimitName): RateLimiterPostgres {
  globalForLimits.kizunaLimiterPool ??= new pg.Pool({ connectionString: env().DATABASE_URL, max: 3 });
  globalForLimits.kizunaLimiters ??= new Map();
  let found = globalForLimits.kizunaLimiters.get(name);
  if (!found) {
    // KIZUNA_RATE_LIMIT_FACTOR scales every limit up (the e2e suite signs in a hundred times from one address).
    const factor = env().KIZUNA_RATE_LIMIT_FACTOR;
    found = new RateLimiterPostgres({
      storeClient: globalForLimits.kizunaLimiterPool,
      storeType: "pool",
      tableName: "RateLimit",
      // The table comes from a Prisma migration; expired rows are pruned by the daily cron (pruneRateLimits).
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: name,
      points: LIMITS[name].points * factor,
      duration: LIMITS[name].duration,
    });
    globalForLimits.kizunaLimiters.set(name, found);
  }
  return found;
}

/** Whether another try would be refused: answers the seconds to wait, or 0 when allowed. Counts nothing. */
export async function secondsBlocked(name: LimitName, key: string): Promise<number> {
  const state = await limiter(name).get(key);
  return state && state.remainingPoints <= 0 ? Math.ceil(state.msBeforeNext / 1000) : 0;
}

/** Counts one (or `points`) against the key; answers the seconds to wait when that went over the limit, else 0. */
export async function consume(name: LimitName, key: string, points = 1): Promise<number> {
  try {
    await limiter(name).consume(key, points);
    return 0;
  } catch (outcome) {
    if (outcome instanceof RateLimiterRes) {
      return Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
    }
    throw outcome;
  }
}

/**
 * Counts one against the key and tells where it stands, for limits the caller reports in headers (the REST API's
 * RateLimit fields): the limit, what is left, and the seconds until the window resets (or to wait, when refused).
 */
export async function consumeWithState(name: LimitName, key: string): Promise<{ limit: number; remaining: number; resetSeconds: number; refused: boolean }> {
  const limit = LIMITS[name].points * env().KIZUNA_RATE_LIMIT_FACTOR;
  try {
    const state = await limiter(name).consume(key, 1);
    return { limit, remaining: state.remainingPoints, resetSeconds: Math.max(1, Math.ceil(state.msBeforeNext / 1000)), refused: false };
  } catch (outcome) {
    if (outcome instanceof RateLimiterRes) {
      return { limit, remaining: 0, resetSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)), refused: true };
    }
    throw outcome;
  }
}

/** Forgets a key's count (a correct password clears that address's wrong ones). */
export async function forget(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(key);
}

/** Deletes counters whose window ended over an hour ago (the daily cron). */
export async function pruneRateLimits(): Promise<number> {
  globalForLimits.kizunaLimiterPool ??= new pg.Pool({ connectionString: env().DATABASE_URL, max: 3 });
  const result = await globalForLimits.kizunaLimiterPool.query(`DELETE FROM "RateLimit" WHERE expire < $1`, [Date.now() - 3_600_000]);
  return result.rowCount ?? 0;
}
