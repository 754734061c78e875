import { getFeedImageForViewer, imageResponse } from "@/lib/feed/images";
import { tenantRouteContext } from "@/lib/tenancy/guard";

type Params = { params: Promise<{ tenant: string; id: string }> };

/** A post's picture, for members who may read the post; anyone else gets the same 404 as for no picture. */
export async function GET(request: Request, { params }: Params) {
  const { tenant, id } = await params;
  const context = await tenantRouteContext(tenant, "portal.view");
  const found = context ? await getFeedImageForViewer(context, id, "post") : null;
  return imageResponse(request, found);
}
