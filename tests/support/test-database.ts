import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/runtime/embedded-postgres";

export const TEMPLATE_DATABASE = "kizuna_template";

/** The same server, another database: postgresql://…/kizuna → postgresql://…/{database}. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function recreateDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const name = client.escapeIdentifier(database);
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : ""}`);
  } finally {
    await client.end();
  }
}

/**
 * A PostgreSQL server for a test run: the one at DATABASE_URL when set, else a throwaway embedded cluster.
 * Returns a URL of its `postgres` database, from which test databases are created and dropped.
 */
export async function startTestServer(dataDir: string, port: number): Promise<{ adminUrl: string; embedded: EmbeddedDatabase | null }> {
  if (process.env.DATABASE_URL) {
    return { adminUrl: withDatabase(process.env.DATABASE_URL, "postgres"), embedded: null };
  }
  const embedded = await startEmbeddedPostgres({ dataDir, port, ephemeral: true });
  return { adminUrl: embedded.url("postgres"), embedded };
}
