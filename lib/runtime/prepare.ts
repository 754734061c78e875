import { existsSync } from "node:fs";
import { checkEnvBeforeStart } from "../env";
import { ensureAuthSecret } from "./local-secrets";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";
import { elapsed, migrateDeploy } from "./processes";

export type Runtime = { databaseUrl: string; embedded: EmbeddedDatabase | null };

type Options = {
  /** The port Next.js will listen on; sign-in links point there unless AUTH_URL says otherwise. */
  appPort?: number;
  /** Embedded cluster's data directory and port, used only when DATABASE_URL is unset. */
  dataDir?: string;
  port?: number;
  database?: string;
  ephemeral?: boolean;
  log?: (line: string) => void;
};

/**
 * Everything `npm start`, `npm run dev`, the e2e server and the benchmarks need before Next.js starts:
 * .env loaded, AUTH_SECRET present, a PostgreSQL (DATABASE_URL, else embedded) with migrations applied.
 */
export async function prepareRuntime(options: Options = {}): Promise<Runtime> {
  const log = options.log ?? ((line: string) => console.log(line));
  if (existsSync(".env")) {
    process.loadEnvFile(".env");
  }
  checkEnvBeforeStart();
  ensureAuthSecret();
  process.env.AUTH_URL ||= `http://localhost:${options.appPort ?? Number(process.env.PORT ?? 3000)}`;

  let embedded: EmbeddedDatabase | null = null;
  if (!process.env.DATABASE_URL) {
    const started = performance.now();
    const port = options.port ?? Number(process.env.KIZUNA_PG_PORT ?? 54329);
    embedded = await startEmbeddedPostgres({
      dataDir: options.dataDir ?? ".data/postgres",
      port,
      ephemeral: options.ephemeral,
    });
    const database = options.database ?? "kizuna";
    await embedded.ensureDatabase(database);
    process.env.DATABASE_URL = embedded.url(database);
    // The outbox viewer (/dev/mail) is for local runs only: it shows everyone's magic links.
    process.env.KIZUNA_DEV_TOOLS ??= "1";
    log(`Embedded PostgreSQL ready on localhost:${port} (${elapsed(started)})`);
  } else {
    log("Using the PostgreSQL server at DATABASE_URL");
  }

  const migrating = performance.now();
  await migrateDeploy(process.env.DATABASE_URL, true);
  log(`Migrations applied (${elapsed(migrating)})`);
  return { databaseUrl: process.env.DATABASE_URL, embedded };
}
