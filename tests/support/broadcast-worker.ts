// A worker process running only the announcement queues, as a separate worker deployment would: the crash test
// and the benchmark start it, kill it with SIGKILL half-way through a send, and start it again. Run with
// `node --import ./tests/support/server-only-hook.mjs --import tsx tests/support/broadcast-worker.ts` (see
// tests/support/worker-process.ts) with DATABASE_URL etc. set.
import { startBroadcastWorkers } from "@/lib/broadcasts/delivery/workers";
import { jobQueue } from "@/lib/jobs/boss";

async function main() {
  await startBroadcastWorkers(await jobQueue());
  console.log("ready");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
