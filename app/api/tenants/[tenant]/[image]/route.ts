import { brandImageBytes } from "@/lib/branding/read";
import { BRAND_IMAGE_KINDS, type BrandImageName } from "@/lib/branding/limits";

type Params = { params: Promise<{ tenant: string; image: string }> };

const isImageName = (name: string): name is BrandImageName => Object.hasOwn(BRAND_IMAGE_KINDS, name);

/**
 * A company's logo or favicon. Public by design: the landing page shows it to visitors and mail clients fetch it
 * without cookies. A URL with the current version never changes, so any cache may keep it for good.
 */
export async function GET(request: Request, { params }: Params) {
  const { tenant, image } = await params;
  const found = isImageName(image) ? await brandImageBytes(tenant, image) : null;
  if (!found) {
    return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  }
  const current = new URL(request.url).searchParams.get("v") === found.version;
  const etag = `"${found.version}"`;
  const caching = { etag, "cache-control": current ? "public, max-age=31536000, immutable" : "public, no-cache" };
  if (request.headers.get("if-none-match") === etag) {
    return new Response(null, { status: 304, headers: caching });
  }
  return new Response(found.image, {
    headers: { "content-type": "image/png", "content-length": String(found.image.byteLength), "x-content-type-options": "nosniff", ...caching },
  });
}
