import type { ChildProcess } from "node:child_process";
import type { EmbeddedDatabase } from "./embedded-postgres";

/**
 * Keeps the Next.js process running; on Ctrl-C (or SIGTERM) stops it, then shuts the embedded PostgreSQL down
 * cleanly so the next start needs no recovery.
 */
export function serveUntilStopped(next: ChildProcess, embedded: EmbeddedDatabase | null): Promise<never> {
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) {
      return;
    }
    stopping = true;
    if (next.exitCode === null) {
      next.kill("SIGTERM");
    }
    if (embedded) {
      await embedded.stop().catch(() => undefined);
      console.log("\nEmbedded PostgreSQL stopped cleanly.");
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  next.on("exit", (code) => void stop(code ?? 0));
  return new Promise<never>(() => undefined);
}
