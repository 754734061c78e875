import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import path from "node:path";

const bin = (name: string) => path.resolve("node_modules", ".bin", name);

/** Runs a project CLI (prisma, next, …) to completion; rejects with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin(command), args, { stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) {
        resolve();
      } else {
        reject(new Error(`${command} ${args.join(" ")} exited with ${signal ?? code}`));
      }
    });
  });
}

/** Starts a long-running project CLI and returns it. */
export function launch(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(bin(command), args, { stdio: "inherit", ...options });
}

export function migrateDeploy(databaseUrl: string, quiet = false): Promise<void> {
  return run("prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
  });
}

export function elapsed(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)}s`;
}

/**
 * `next start`/`next dev` arguments for a port. With dev tools on (the outbox viewer shows everyone's sign-in
 * links) the server listens on localhost only, so no one else on the network can read them.
 */
export function nextListenArgs(port: number): string[] {
  const devTools = process.env.KIZUNA_DEV_TOOLS === "1" || process.env.KIZUNA_DEV_TOOLS === "true";
  return ["-p", String(port), ...(devTools ? ["-H", "localhost"] : [])];
}
