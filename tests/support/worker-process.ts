import { spawn, type ChildProcess } from "node:child_process";

/** Starts tests/support/broadcast-worker.ts in its own Node process; resolves once its workers poll. */
export function startBroadcastWorker(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "./tests/support/server-only-hook.mjs", "--import", "tsx", "tests/support/broadcast-worker.ts"], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (output.includes("ready")) {
        resolve(child);
      }
    });
    child.once("exit", (code, signal) => reject(new Error(`broadcast worker exited (${signal ?? code}) before it was ready`)));
  });
}

/** SIGKILL: no shutdown hook runs, no transaction commits, in-flight HTTP requests are cut. */
export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}
