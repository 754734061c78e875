// Runs once when a Next.js server starts: a bad environment stops it here, with a message naming the variable,
// rather than on the first request (`npm start` checks the same before it launches Next.js); then the job
// workers start in this process unless KIZUNA_WORKERS=0 (e.g. when a separate worker deployment runs them).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { checkEnvironmentOrExit } = await import("./lib/startup/check-environment");
    checkEnvironmentOrExit();
    if (process.env.KIZUNA_WORKERS !== "0") {
      const { startJobWorkers } = await import("./lib/jobs/workers");
      await startJobWorkers().catch((error) => console.error("Job workers did not start:", error));
      // On SIGTERM Next.js finishes the requests in flight; meanwhile the workers take no new job and finish theirs
      // (a job cut short anyway is retried: every job is idempotent).
      const { stopJobQueue } = await import("./lib/jobs/boss");
      process.once("SIGTERM", () => void stopJobQueue().catch((error) => console.error("Job workers did not stop cleanly:", error)));
    }
  }
}
