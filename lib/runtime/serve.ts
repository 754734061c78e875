import type { ChildProcess } from "node:child_process";
import type { EmbeddedDatabase } from "./embedded-postgres";

/** How long Next.js gets to finish in-flight requests (and this process's jobs) before it is killed. */
export const SHUTDOWN_GRACE_MS = 30_000;

/**
 * Stops Next.js first — SIGTERM, on which it stops accepting connections, finishes the requests in flight and its
 * job workers finish their jobs — and waits for it (killing it after `graceMs`); only then the embedded PostgreSQL,
 * so nothing in flight loses its database and the next start needs no recovery.
 */
export async function shutDown(next: ChildProcess, embedded: Pick<EmbeddedDatabase, "stop"> | null, graceMs = SHUTDOWN_GRACE_MS): Promise<void> {
  if (next.exitCode === null && next.signalCode === null) {
    const exited = new Promise<void>((resolve) => next.once("exit", () => resolve()));
    next.kill("SIGTERM");
    const timer = setTimeout(() => next.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
  }
  await embedded?.stop().catch(() => undefined);
}

/** Keeps the Next.js process running; on Ctrl-C or SIGTERM (or when Next.js exits) shuts everything down in order. */
export function serveUntilStopped(next: ChildProcess, embedded: EmbeddedDatabase | null): Promise<never> {
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) {
      return;
    }
    stopping = true;
    await shutDown(next, embedded);
    if (embedded) {
      console.log("\nEmbedded PostgreSQL stopped cleanly.");
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  next.on("exit", (code) => void stop(code ?? 0));
  return new Promise<never>(() => undefined);
}
