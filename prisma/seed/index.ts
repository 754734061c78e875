import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, seedDemo } from "./demo";

/** Seeds the demo companies when the database has no data yet; returns whether it did. */
export async function seedIfEmpty(databaseUrl: string): Promise<boolean> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    if (!(await isDatabaseEmpty(db))) {
      return false;
    }
    await seedDemo(db);
    return true;
  } finally {
    await db.$disconnect();
  }
}

export function demoAccountsTable(baseUrl: string): string {
  const rows = [
    ...DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(28)} ${a.what.padEnd(26)} ${baseUrl}/${a.tenant}${a.role === "ALUMNI" ? "" : "/admin"}`),
    `  ${"operator@kizuna.test".padEnd(28)} ${"platform operator".padEnd(26)} ${baseUrl}/platform`,
  ];
  return [`Demo accounts (password for all: ${DEMO_PASSWORD}):`, ...rows].join("\n");
}
