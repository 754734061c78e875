import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/** A transaction's client, for functions that write inside their caller's transaction. */
export type Tx = Prisma.TransactionClient;

// One client per process (kept across hot reloads in development), created on first use so that
// `next build` never needs a database.
const globalForPrisma = globalThis as unknown as { kizunaPrisma?: PrismaClient };

// `npm run bench` counts the SQL statements a request costs and replays the directory's own statement through `pg`
// (KIZUNA_COUNT_STATEMENTS=1; read at /api/dev/statements). Off, nothing is recorded.
type Recorded = { query: string; params: string };
const counter = globalThis as unknown as { kizunaStatements?: number; kizunaRecent?: Recorded[] };

export function recordedStatements(): { count: number; recent: Recorded[] } | null {
  return counter.kizunaStatements === undefined ? null : { count: counter.kizunaStatements, recent: counter.kizunaRecent ?? [] };
}

function client(): PrismaClient {
  if (!globalForPrisma.kizunaPrisma) {
    const adapter = new PrismaPg({ connectionString: env().DATABASE_URL });
    if (process.env.KIZUNA_COUNT_STATEMENTS === "1") {
      const counted = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
      counter.kizunaStatements = 0;
      counter.kizunaRecent = [];
      counted.$on("query", (event) => {
        counter.kizunaStatements = (counter.kizunaStatements ?? 0) + 1;
        counter.kizunaRecent = [...(counter.kizunaRecent ?? []).slice(-19), { query: event.query, params: event.params }];
      });
      globalForPrisma.kizunaPrisma = counted as unknown as PrismaClient;
    } else {
      globalForPrisma.kizunaPrisma = new PrismaClient({ adapter });
    }
  }
  return globalForPrisma.kizunaPrisma;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const target = client();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

export type { PrismaClient };
