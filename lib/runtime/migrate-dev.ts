// `npm run db:migrate -- --name add_events`: `prisma migrate dev` against the local database (embedded unless
// DATABASE_URL is set), which writes a new migration under prisma/migrations from the schema change.
import { existsSync } from "node:fs";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { run } from "./processes";

async function main() {
  if (existsSync(".env")) {
    process.loadEnvFile(".env");
  }
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: ".data/postgres", port: Number(process.env.KIZUNA_PG_PORT ?? 54329) });
  if (embedded) {
    await embedded.ensureDatabase("kizuna");
  }
  const databaseUrl = process.env.DATABASE_URL ?? embedded!.url("kizuna");
  try {
    await run("prisma", ["migrate", "dev", ...process.argv.slice(2)], { env: { ...process.env, DATABASE_URL: databaseUrl } });
    // Prisma 7's migrate dev no longer regenerates the client.
    await run("prisma", ["generate"]);
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
