import { listPipelineItems } from "@/lib/api/pipeline";
import { pageRequest } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";

export const dynamic = "force-dynamic";

/** GET /api/v1/pipeline-items: one page (`?cursor=&limit=`) of the key's company's re-hire pipeline items. */
export const GET = apiRoute("pipeline:read", async (request, caller) => {
  const page = pageRequest(request);
  if (!page.ok) {
    return page.response;
  }
  return Response.json(await listPipelineItems(caller, page.page), { headers: { "cache-control": "no-store" } });
});
