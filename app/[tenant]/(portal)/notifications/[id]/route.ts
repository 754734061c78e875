import { openNotification } from "@/lib/notifications/read";
import { tenantRouteContext } from "@/lib/tenancy/guard";

type Params = { params: Promise<{ tenant: string; id: string }> };

/**
 * Opening a notification from the list: marks it read and goes where it points. Another person's notification, or
 * another company's, is a 404 — signed out too. A plain link (never prefetched) so only a click reads it.
 */
export async function GET(request: Request, { params }: Params) {
  const { tenant, id } = await params;
  const context = await tenantRouteContext(tenant, "portal.view");
  const path = context ? await openNotification(context, id.slice(0, 64)) : null;
  if (!path) {
    return new Response("Not found", { status: 404 });
  }
  // Only a path inside this company: the stored link is ours, and this keeps it so.
  const target = path.startsWith(`/${tenant}/`) || path === `/${tenant}` ? path : `/${tenant}/notifications`;
  return new Response(null, { status: 303, headers: { location: new URL(target, request.url).toString(), "cache-control": "no-store" } });
}
