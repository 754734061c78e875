// Runs once when a Next.js server starts: a bad environment stops it here, with a message naming the variable,
// rather than on the first request. (`npm start` checks the same before it launches Next.js.)
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { checkEnvironmentOrExit } = await import("./lib/startup/check-environment");
    checkEnvironmentOrExit();
  }
}
