import { getAvatarForViewer } from "@/lib/alumni/avatar/read";
import { tenantRouteContext } from "@/lib/tenancy/guard";

type Params = { params: Promise<{ tenant: string; id: string }> };

/** A profile's photo, only for members allowed to see it; everyone else gets the same 404 as for no photo. */
export async function GET(request: Request, { params }: Params) {
  const { tenant, id } = await params;
  const context = await tenantRouteContext(tenant, "directory.read");
  const query = new URL(request.url).searchParams;
  const avatar = context ? await getAvatarForViewer(context, id, query.get("size") === "small" ? "small" : "large") : null;
  if (!avatar) {
    return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  }
  return new Response(avatar.bytes, {
    headers: {
      "content-type": "image/webp",
      "content-length": String(avatar.bytes.byteLength),
      "x-content-type-options": "nosniff",
      // Private: it is shown by membership and choice, so no shared cache may keep it. A URL with the current
      // version never changes; any other URL is checked again each time.
      "cache-control": query.get("v") === avatar.version ? "private, max-age=31536000, immutable" : "private, no-cache",
    },
  });
}
