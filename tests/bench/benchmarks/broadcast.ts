import { spawn } from "node:child_process";
import pg from "pg";
import { migrateDeploy } from "../../../lib/runtime/processes";
import { recreateDatabase, withDatabase } from "../../support/test-database";
import { figure, type Benchmark } from "../benchmark";

type Run = {
  enqueueSeconds: number; deliverySeconds: number; throughput: number; exactlyOnce: number; missing: number; doubled: number;
  rowsSent: number; replayed: number; deliveredAtKill: number; recoverySeconds: number;
};
type Figures = { recipients: number; workers: number; straight: Run; crashed: Run };

// Its own database on the bench server: the bench app's in-process job workers must not take these jobs.
const DATABASE = "kizuna_bench_broadcast";

function runDriver(databaseUrl: string): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "./tests/support/server-only-hook.mjs", "--import", "tsx", "tests/bench/workers/broadcast.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_URL: process.env.AUTH_URL ?? "http://localhost:3200", NODE_ENV: "production", BROADCAST_REQUESTS_PER_SECOND: "0" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => {
      const line = output.trim().split("\n").pop() ?? "";
      if (code === 0) {
        resolve(JSON.parse(line) as Figures);
      } else {
        reject(new Error(`broadcast driver exited with ${code}`));
      }
    });
  });
}

/** An announcement to 100,000 alumni through the Resend sink: enqueue time, throughput, exactly once — then with a crash. */
export const broadcast: Benchmark = {
  name: "broadcast",
  description: "announcement to 100,000 alumni via the real Resend SDK and a local sink: fan-out, delivery, exactly once; then kill -9 half-way",
  async run(ctx) {
    const adminUrl = withDatabase(ctx.databaseUrl, "postgres");
    const databaseUrl = withDatabase(ctx.databaseUrl, DATABASE);
    await recreateDatabase(adminUrl, DATABASE);
    try {
      await migrateDeploy(databaseUrl, true);
      const f = await runDriver(databaseUrl);
      const all = f.recipients;
      const once = (r: Run) => r.exactlyOnce === all && r.missing === 0 && r.doubled === 0 && r.rowsSent === all;
      return [
        figure("broadcast enqueue (fan-out)", f.straight.enqueueSeconds, "s", { max: 5 }, f.straight.rowsSent === all),
        figure("broadcast delivery throughput", f.straight.throughput, "mails/s", { min: 2000 }, once(f.straight)),
        figure("broadcast recipients with exactly one email", f.straight.exactlyOnce, "of 100k", { min: all, max: all }, once(f.straight)),
        figure("broadcast (crash) enqueue", f.crashed.enqueueSeconds, "s", { max: 5 }),
        figure("broadcast (crash) delivered before kill -9", f.crashed.deliveredAtKill, "mails"),
        figure("broadcast (crash) batches replayed", f.crashed.replayed, "batches"),
        figure("broadcast (crash) kill to last email", f.crashed.recoverySeconds, "s"),
        figure("broadcast (crash) throughput incl. recovery", f.crashed.throughput, "mails/s"),
        figure("broadcast (crash) recipients with exactly one email", f.crashed.exactlyOnce, "of 100k", { min: all, max: all }, once(f.crashed)),
      ];
    } finally {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`).finally(() => client.end());
    }
  },
};
