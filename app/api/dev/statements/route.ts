import { statementCount } from "@/lib/db";
import { devToolsEnabled } from "@/lib/env";

export const dynamic = "force-dynamic";

/** How many SQL statements this process has sent: only on a local run with counting on (the bench turns it on). */
export function GET() {
  const count = devToolsEnabled() ? statementCount() : null;
  if (count === null) {
    return new Response("Not found", { status: 404 });
  }
  return Response.json({ count });
}
