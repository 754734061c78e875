import { listMembers } from "@/lib/api/members";
import { pageRequest } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";

export const dynamic = "force-dynamic";

/** GET /api/v1/members: one page (`?cursor=&limit=`) of the key's company's members. */
export const GET = apiRoute("members:read", async (request, caller) => {
  const page = pageRequest(request);
  if (!page.ok) {
    return page.response;
  }
  return Response.json(await listMembers(caller, page.page), { headers: { "cache-control": "no-store" } });
});
