import { spawn } from "node:child_process";
import { figure, type Benchmark } from "../benchmark";

type Figures = {
  rows: number; megabytes: number; previewSeconds: number; importSeconds: number; created: number;
  reimportSeconds: number; unchanged: number; peakRssGrowthMb: number;
};

function runWorker(databaseUrl: string): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/bench/workers/roster-import.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => {
      const line = output.trim().split("\n").pop() ?? "";
      if (code === 0) {
        resolve(JSON.parse(line) as Figures);
      } else {
        reject(new Error(`roster import worker exited with ${code}`));
      }
    });
  });
}

/** A generated 50,000-row Shift_JIS roster through preview and an all-or-nothing import, then again unchanged. */
export const rosterImport: Benchmark = {
  name: "roster-import",
  description: "preview + import of a generated 50,000-row Shift_JIS roster CSV, then re-import (no changes)",
  async run(ctx) {
    const f = await runWorker(ctx.databaseUrl);
    const complete = f.created === f.rows && f.unchanged === f.rows;
    return [
      figure("roster-import file", f.megabytes, "MB"),
      figure("roster-import preview", f.previewSeconds, "s"),
      figure("roster-import import", f.importSeconds, "s", { max: 10 }, complete),
      figure("roster-import end to end", f.previewSeconds + f.importSeconds, "s", { max: 10 }, complete),
      figure("roster-import re-import", f.reimportSeconds, "s", {}, complete),
      figure("roster-import peak memory growth", f.peakRssGrowthMb, "MB", { max: 200 }),
    ];
  },
};
