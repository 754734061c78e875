import { recordedStatements } from "@/lib/db";
import { devToolsEnabled } from "@/lib/env";

export const dynamic = "force-dynamic";

/** How many SQL statements this process has sent, and the last few: only on a local run with counting on (the bench turns it on). */
export function GET() {
  const recorded = devToolsEnabled() ? recordedStatements() : null;
  if (!recorded) {
    return new Response("Not found", { status: 404 });
  }
  return Response.json(recorded, { headers: { "cache-control": "no-store" } });
}
