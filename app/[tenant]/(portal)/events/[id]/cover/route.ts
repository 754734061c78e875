import { getCoverForViewer } from "@/lib/events/cover-read";
import { tenantRouteContext } from "@/lib/tenancy/guard";

type Params = { params: Promise<{ tenant: string; id: string }> };

/** An event's cover, for members who may see the event; anyone else gets the same 404 as for no cover. */
export async function GET(request: Request, { params }: Params) {
  const { tenant, id } = await params;
  const context = await tenantRouteContext(tenant, "portal.view");
  const cover = context ? await getCoverForViewer(context, id) : null;
  if (!cover) {
    return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  }
  return new Response(cover.image, {
    headers: {
      "content-type": "image/webp",
      "content-length": String(cover.image.byteLength),
      "x-content-type-options": "nosniff",
      "cache-control": new URL(request.url).searchParams.get("v") === cover.version ? "private, max-age=31536000, immutable" : "private, no-cache",
    },
  });
}
