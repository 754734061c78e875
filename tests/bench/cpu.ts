import { readFileSync, readdirSync } from "node:fs";
import type { BenchContext } from "./benchmark";

// Server CPU per request: on this shared 2-core machine, latency moves by ±50% with what other checkouts run,
// while the CPU time the server spends on a request barely does. Read from /proc (Linux); null elsewhere.
const TICK_MS = 10; // USER_HZ is 100 on Linux

function processTreeCpuMs(rootPid: number): number | null {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const stats = new Map<number, { parent: number; ticks: number }>();
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // The command name may hold spaces and parentheses: fields are counted from the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(pid), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while we looked.
    }
  }
  if (!stats.has(rootPid)) {
    return null;
  }
  let ticks = 0;
  for (const [pid, stat] of stats) {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = stats.get(at)?.parent) {
      if (at === rootPid) {
        ticks += stat.ticks;
        break;
      }
    }
  }
  return ticks * TICK_MS;
}

/**
 * The server's CPU milliseconds per request (all its processes, user + system), over `count` requests sent one
 * after another after a short warm-up; NaN when it cannot be read.
 */
export async function serverCpuPerRequest(ctx: BenchContext, path: string, headers: Record<string, string> = {}, count = 200): Promise<number> {
  const get = async () => {
    const response = await fetch(new URL(path, ctx.baseUrl), { headers, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200) {
      throw new Error(`GET ${path} answered ${response.status}`);
    }
  };
  for (let i = 0; i < 20; i++) {
    await get();
  }
  const before = ctx.serverPid ? processTreeCpuMs(ctx.serverPid) : null;
  for (let i = 0; i < count; i++) {
    await get();
  }
  const after = ctx.serverPid ? processTreeCpuMs(ctx.serverPid) : null;
  return before === null || after === null ? Number.NaN : (after - before) / count;
}
