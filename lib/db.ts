import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per process (kept across hot reloads in development), created on first use so that
// `next build` never needs a database.
const globalForPrisma = globalThis as unknown as { kizunaPrisma?: PrismaClient };

// `npm run bench` counts the SQL statements a request costs (KIZUNA_COUNT_STATEMENTS=1, read at /api/dev/statements).
const counter = globalThis as unknown as { kizunaStatements?: number };

export function statementCount(): number | null {
  return counter.kizunaStatements ?? null;
}

function client(): PrismaClient {
  if (!globalForPrisma.kizunaPrisma) {
    const adapter = new PrismaPg({ connectionString: env().DATABASE_URL });
    if (process.env.KIZUNA_COUNT_STATEMENTS === "1") {
      const counted = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
      counter.kizunaStatements = 0;
      counted.$on("query", () => {
        counter.kizunaStatements = (counter.kizunaStatements ?? 0) + 1;
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
