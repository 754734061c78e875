import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per process (kept across hot reloads in development), created on first use so that
// `next build` never needs a database.
const globalForPrisma = globalThis as unknown as { kizunaPrisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.kizunaPrisma) {
    const adapter = new PrismaPg({ connectionString: env().DATABASE_URL });
    globalForPrisma.kizunaPrisma = new PrismaClient({ adapter });
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
