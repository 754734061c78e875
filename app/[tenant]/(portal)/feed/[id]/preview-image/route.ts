import { getFeedImageForViewer, imageResponse } from "@/lib/feed/images";
import { tenantRouteContext } from "@/lib/tenancy/guard";

type Params = { params: Promise<{ tenant: string; id: string }> };

/** The picture of a post's link card, stored by the preview job; same rules as the post's own picture. */
export async function GET(request: Request, { params }: Params) {
  const { tenant, id } = await params;
  const context = await tenantRouteContext(tenant, "portal.view");
  return imageResponse(request, context ? await getFeedImageForViewer(context, id, "preview") : null);
}
