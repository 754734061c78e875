import { checkDatabase, checkJobQueue } from "@/lib/health";

export const dynamic = "force-dynamic";

/**
 * Readiness, for load balancers and deploys: 200 only when this instance can do its work — the database answers
 * and the job queue (pg-boss, which sends every email) is started — else 503 naming what is down. Liveness
 * (the process answers at all) is /api/health.
 */
export async function GET() {
  const [database, jobs] = await Promise.all([checkDatabase(), checkJobQueue()]);
  const ready = database && jobs;
  return Response.json(
    { status: ready ? "ready" : "unavailable", database: database ? "up" : "down", jobQueue: jobs ? "up" : "down" },
    { status: ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
