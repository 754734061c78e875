import type { ChildProcess } from "node:child_process";
import { launch, nextListenArgs } from "../../lib/runtime/processes";

/** Starts `next start` on the port in production mode, with output kept back unless it fails. */
export function startNext(port: number): { child: ChildProcess; output: () => string } {
  const recent: string[] = [];
  process.env.KIZUNA_DEV_TOOLS = "1";
  const child = launch("next", ["start", ...nextListenArgs(port)], {
    env: { ...process.env, AUTH_URL: `http://localhost:${port}`, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", KIZUNA_RATE_LIMIT_FACTOR: "1000" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk: Buffer) => {
    recent.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    recent.splice(0, Math.max(0, recent.length - 30));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, output: () => recent.join("\n") };
}

export async function answers(url: string): Promise<number | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

/** Polls the URL until it answers 200; fails when the process exits or the time runs out. */
export async function waitForOk(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: number | null = null;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`next start exited (${child.signalCode ?? child.exitCode}) before ${url} answered`);
    }
    last = await answers(url);
    if (last === 200) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000}s (last: ${last ?? "no answer"})`);
}

/** SIGTERM, then SIGKILL if it has not exited after a few seconds. */
export function stopProcess(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
