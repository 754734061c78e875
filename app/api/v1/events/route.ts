import { listEvents } from "@/lib/api/events";
import { pageRequest } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";

export const dynamic = "force-dynamic";

/** GET /api/v1/events: one page (`?cursor=&limit=`) of the key's company's events. */
export const GET = apiRoute("events:read", async (request, caller) => {
  const page = pageRequest(request);
  if (!page.ok) {
    return page.response;
  }
  return Response.json(await listEvents(caller, page.page), { headers: { "cache-control": "no-store" } });
});
