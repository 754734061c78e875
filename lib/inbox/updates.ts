import "server-only";
import { tenantRouteContext } from "@/lib/tenancy/guard";
import type { Side } from "./access";
import { messagesSince } from "./thread";

const notFound = () => new Response("Not found", { status: 404 });

/**
 * The answer to an open conversation's poll (decisions/018): its messages after the cursor `?after=<time>&id=<id>`
 * (the last one the page has) and its status, as JSON; 404 for anyone who may not read it from this side, signed
 * out included.
 */
export async function threadUpdates(request: Request, slug: string, conversationId: string, side: Side): Promise<Response> {
  const context = await tenantRouteContext(slug, side === "staff" ? "inbox.manage" : "portal.view");
  if (!context) {
    return notFound();
  }
  const query = new URL(request.url).searchParams;
  const at = new Date(query.get("after") ?? "");
  const cursor = { at: Number.isNaN(at.getTime()) ? new Date(0) : at, id: (query.get("id") ?? "").slice(0, 64) };
  const update = await messagesSince(context, side, conversationId, cursor);
  if (!update) {
    return notFound();
  }
  return Response.json(update, { headers: { "cache-control": "no-store" } });
}
