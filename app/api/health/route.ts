import { checkDatabase } from "@/lib/health";

export const dynamic = "force-dynamic";

/** For load balancers and uptime checks: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    { status: database ? "ok" : "unavailable", database: database ? "up" : "down" },
    { status: database ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
